import type { Node } from 'jsonc-parser';
import type { ParsedDocument } from '../service/document/parsedDocument';
import { isIntrinsic, type PolicyView } from '../service/document/policyView';
import type { SubmittedPolicy } from './types';

/** Why a policy cannot go to AWS's simulator as written. */
export class UnsubmittablePolicyError extends Error {}

/**
 * The policy as AWS accepts it: the exact source span with comments and trailing commas blanked
 * out (same length, newlines kept), so AWS's line/column answers still point into the source.
 */
export function submittedPolicy(doc: ParsedDocument, policy: PolicyView): SubmittedPolicy {
  const intrinsic = findIntrinsic(policy.node);
  if (intrinsic) {
    const at = doc.lines.positionAt(intrinsic.offset);
    throw new UnsubmittablePolicyError(
      `The policy uses a CloudFormation function at line ${at.line + 1}; AWS's simulator only accepts plain policy JSON, so it cannot check this policy until CloudFormation has resolved it.`,
    );
  }
  const start = policy.node.offset;
  const end = start + policy.node.length;
  const chars = doc.text.slice(start, end).split('');
  for (const span of [...doc.tokens.comments, ...doc.tokens.trailingCommas]) {
    for (let i = Math.max(span.offset, start); i < Math.min(span.offset + span.length, end); i++) {
      if (chars[i - start] !== '\n' && chars[i - start] !== '\r') chars[i - start] = ' ';
    }
  }
  return { text: chars.join(''), uri: doc.input.uri, sourceOffset: start };
}

function findIntrinsic(node: Node): Node | undefined {
  if (isIntrinsic(node)) return node;
  for (const child of node.children ?? []) {
    const found = findIntrinsic(child);
    if (found) return found;
  }
  return undefined;
}
