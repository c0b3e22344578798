import { didYouMean } from '../../text/didYouMean';
import { replacementFixes, valueReplacements } from '../replacementFix';
import type { Rule } from '../rule';
import { describeKind, EFFECTS, isDynamic, literalStatements } from './elements';

export const effectInvalid: Rule = {
  meta: {
    id: 'effect-invalid',
    description: 'An Effect that is not exactly "Allow" or "Deny" (the value is case-sensitive).',
    category: 'structure',
    defaultSeverity: 'error',
  },
  check({ doc, report }) {
    for (const policy of doc.policies) {
      for (const statement of literalStatements(policy)) {
        const effect = statement.effect;
        if (!effect || isDynamic(effect)) continue;
        const text = effect.type === 'string' ? (effect.value as string) : undefined;
        if (text !== undefined && EFFECTS.includes(text)) continue;
        // "allow" and "Alow" have one right answer; anything else could be either.
        const near = text === undefined ? [] : didYouMean(text.trim(), EFFECTS);
        const shown = text === undefined ? describeKind(effect, true) : `"${text}"`;
        const advice = near.length === 1 ? `Use "${near[0]}".` : 'Use "Allow" or "Deny".';
        report({
          node: effect,
          message: `${shown} is not a valid Effect: AWS accepts exactly "Allow" or "Deny" (case-sensitive) and rejects the policy. ${advice}`,
          data: valueReplacements(effect, near.length === 1 ? near : EFFECTS),
        });
      }
    }
  },
  fix({ doc, diagnostic }) {
    return replacementFixes(doc, diagnostic, (replacement) => `Change the Effect to ${replacement}`);
  },
};
