import type { Rule } from '../rule';

export const connectRules: Rule[] = [];
