import type { ParsedDocument } from '../document/parsedDocument';
import { keyOf } from '../document/policyView';
import { POLICY_ELEMENTS } from '../rules/structure/elements';

/** A file named like a policy: my-policy.json, policy.jsonc, chat-backend-policy.json. */
const POLICY_FILE_NAME = /policy[^/]*\.jsonc?$/i;

/**
 * A document on its way to becoming a policy, before it has a Statement: an object whose keys are all
 * policy elements (or the start of one, being typed), which is empty in a file named like a policy or
 * starts with "Version". Hover and completion treat it as a policy from the first keystroke; diagnostics wait
 * for a Statement (or connectIam.files), so a new file is not flagged while it is being written.
 */
export function isBecomingPolicy(doc: ParsedDocument): boolean {
  // YAML holds policies only inside templates, which are found as they are written.
  if (doc.format !== 'json') return false;
  const root = doc.root;
  if (root?.type !== 'object') return false;
  const keys = (root.children ?? []).map((property) => keyOf(property)?.value);
  if (!keys.every((key) => typeof key === 'string' && POLICY_ELEMENTS.some((element) => element.startsWith(key)))) return false;
  return keys[0] === 'Version' || (keys.length === 0 && POLICY_FILE_NAME.test(doc.input.uri));
}
