import type { Rule } from '../rule';
import { actionRedundant } from './actionRedundant';
import { elementEmpty } from './elementEmpty';
import { resourceRedundant } from './resourceRedundant';
import { statementRedundant } from './statementRedundant';

export const suggestionRules: Rule[] = [elementEmpty, actionRedundant, resourceRedundant, statementRedundant];
