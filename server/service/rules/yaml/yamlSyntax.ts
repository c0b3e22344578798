import { MAX_NESTING } from '../../sources/json/nestingDepth';
import type { Rule } from '../rule';

export const yamlSyntax: Rule = {
  meta: {
    id: 'yaml-syntax',
    description: 'The template is not valid YAML, so CloudFormation rejects it.',
    category: 'yaml',
    defaultSeverity: 'error',
    formats: ['yaml'],
  },
  check({ doc, report }) {
    if (doc.tooDeep) {
      report({
        offset: 0,
        length: 0,
        message: `This template nests mappings and lists more than ${MAX_NESTING} levels deep, so it is not checked. No template nests that deep: look for a runaway [ or {.`,
      });
    }
    const seen = new Set<number>();
    for (const error of doc.sourceErrors) {
      // Errors that cascade from one mistake share an offset: report the first only.
      if (seen.has(error.offset)) continue;
      seen.add(error.offset);
      report({
        offset: error.offset,
        length: error.length,
        message: `${error.message.replace(/\.$/, '')}. CloudFormation rejects a template that is not valid YAML ("Template format error").`,
      });
    }
  },
};
