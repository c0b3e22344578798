import type { Node } from 'jsonc-parser';
import { EFFECTS, POLICY_VERSIONS } from '../../rules/structure/elements';
import type { Range } from '../../text/lineIndex';
import type { CompletionItem, FeatureContext } from '../types';
import { stringContentAt } from './stringContent';

interface ValueChoice {
  value: string;
  detail: string;
}

const EFFECT_CHOICES: ValueChoice[] = EFFECTS.map((value) => ({
  value,
  detail: value === 'Allow' ? 'Grant the actions (unless a Deny applies)' : 'Refuse the actions, overriding any Allow',
}));

const VERSION_CHOICES: ValueChoice[] = POLICY_VERSIONS.map((value, i) => ({
  value,
  detail: i === 0 ? 'Current policy language (supports policy variables)' : 'Old policy language: ${...} variables are plain text',
}));

/** The values of Effect and Version, inside the quotes being typed or as a whole string after the colon. */
export function valueCompletion({ doc, cursor }: FeatureContext): CompletionItem[] {
  const { node, statement, policy } = cursor;
  if (!node || cursor.isKey) return [];
  if (node.type === 'string') {
    const choices = choicesFor(statement ? cursor.statementPath : cursor.policyPath, statement !== undefined);
    const span = choices && stringContentAt(doc, node, cursor.offset);
    return choices && span ? items(choices, doc.lines.range(span.start, span.end - span.start), false) : [];
  }
  // "Effect": | with no value yet: the parser leaves a property holding only its key.
  if (node.type === 'property' && node.children?.length === 1 && afterColon(node, cursor.offset)) {
    const atStatement = statement !== undefined && node.parent === statement.node;
    const atPolicy = statement === undefined && node.parent === policy?.node;
    const choices = atStatement || atPolicy ? choicesFor([node.children[0].value as string], atStatement) : undefined;
    // JSON needs the quotes; a YAML scalar such as Allow or 2012-10-17 reads as the same string without them.
    return choices ? items(choices, doc.lines.range(cursor.offset, 0), doc.format === 'json') : [];
  }
  return [];
}

function choicesFor(path: (string | number)[] | undefined, atStatement: boolean): ValueChoice[] | undefined {
  if (path?.length !== 1) return undefined;
  if (atStatement && path[0] === 'Effect') return EFFECT_CHOICES;
  if (!atStatement && path[0] === 'Version') return VERSION_CHOICES;
  return undefined;
}

function afterColon(property: Node, offset: number): boolean {
  return property.colonOffset !== undefined && offset > property.colonOffset;
}

function items(choices: ValueChoice[], range: Range, quoted: boolean): CompletionItem[] {
  return choices.map(({ value, detail }, i) => {
    const newText = quoted ? `"${value}"` : value;
    return { label: value, kind: 'enum', detail, textEdit: { range, newText }, filterText: newText, sortText: String(i) };
  });
}
