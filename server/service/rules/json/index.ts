import type { Rule } from '../rule';
import { jsonComment } from './jsonComment';
import { jsonSyntax } from './jsonSyntax';
import { jsonTrailingComma } from './jsonTrailingComma';

export const jsonRules: Rule[] = [jsonSyntax, jsonComment, jsonTrailingComma];
