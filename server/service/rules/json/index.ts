import type { Rule } from '../rule';
import { jsonSyntax } from './jsonSyntax';

export const jsonRules: Rule[] = [jsonSyntax];
