import { operatorsOf } from '../../conditions/walk';
import { OPERATOR_NAMES, formatOperator, parseOperator, type SetQualifier } from '../../conditions/operators';
import { didYouMean } from '../../text/didYouMean';
import { replacementFixes, keyReplacements } from '../replacementFix';
import type { Rule } from '../rule';

const QUALIFIERS: SetQualifier[] = ['ForAllValues', 'ForAnyValue'];
const IF_EXISTS = /ifexists$/i;

/** Corrected spellings of an operator name: the qualifier and the base are repaired separately. */
function suggestions(name: string): string[] {
  const parsed = parseOperator(name);
  const qualifiers = parsed.qualifierText === undefined ? [undefined] : parsed.qualifier ? [parsed.qualifier] : (didYouMean(parsed.qualifierText, QUALIFIERS) as SetQualifier[]);
  let bases: string[];
  let ifExists = parsed.ifExists;
  if (parsed.info) {
    bases = [parsed.info.name];
  } else {
    ifExists = IF_EXISTS.test(parsed.base);
    bases = didYouMean(ifExists ? parsed.base.slice(0, -'IfExists'.length) : parsed.base, OPERATOR_NAMES);
  }
  return qualifiers.flatMap((q) => bases.map((b) => formatOperator(b, ifExists && b !== 'Null', q)));
}

export const conditionOperatorUnknown: Rule = {
  meta: {
    id: 'condition-operator-unknown',
    description: 'A Condition operator that IAM does not know, or a qualifier other than ForAllValues/ForAnyValue.',
    category: 'condition',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const operator of operatorsOf(doc)) {
      if (operator.parsed.known) continue;
      const fixes = suggestions(operator.name);
      const what =
        operator.parsed.info && operator.parsed.qualifierText !== undefined
          ? `"${operator.parsed.qualifierText}:" is not a set qualifier (ForAllValues: or ForAnyValue:)`
          : `"${operator.name}" is not an IAM condition operator`;
      const hint = fixes.length > 0 ? ` Did you mean ${fixes.map((f) => `"${f}"`).join(' or ')}?` : '';
      report({
        node: operator.keyNode,
        message: `${what}: IAM rejects the policy (MalformedPolicyDocument).${hint}`,
        data: keyReplacements(operator.keyNode, fixes),
      });
    }
  },
  fix({ doc, diagnostic }) {
    return replacementFixes(doc, diagnostic, (r) => `Change to ${r}`);
  },
};
