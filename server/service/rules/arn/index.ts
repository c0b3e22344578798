import type { Rule } from '../rule';

export const arnRules: Rule[] = [];
