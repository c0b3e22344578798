import type { Rule } from '../rule';
import { actionFormat } from './actionFormat';
import { actionUnknown } from './actionUnknown';
import { actionUnknownService } from './actionUnknownService';
import { actionWildcardNoMatch } from './actionWildcardNoMatch';

export const actionsRules: Rule[] = [actionFormat, actionUnknownService, actionUnknown, actionWildcardNoMatch];
