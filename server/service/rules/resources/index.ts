import type { Rule } from '../rule';

export const resourcesRules: Rule[] = [];
