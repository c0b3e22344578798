import type { Rule } from '../rule';

export const actionsRules: Rule[] = [];
