import type { Rule } from '../rule';
import { yamlSyntax } from './yamlSyntax';

export const yamlRules: Rule[] = [yamlSyntax];
