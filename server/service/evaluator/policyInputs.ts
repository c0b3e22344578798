import { parseDocument, type ParsedDocument } from '../document/parsedDocument';
import type { PolicyInput } from './types';

/**
 * The policies of a parsed document as evaluator inputs. A file that is one policy gives one input
 * named `name`; a template with several embedded policies names each by its JSON path.
 */
export function policyInputsOf(doc: ParsedDocument, name: string): PolicyInput[] {
  const several = doc.policies.length > 1;
  return doc.policies.map((policy) => ({
    name: several ? `${name}#${policy.path.join('.')}` : name,
    uri: doc.input.uri,
    policy,
  }));
}

/** Parses a policy document (forced: a file given as a policy is read as one) into evaluator inputs. */
export function policyInputsFromText(uri: string, text: string, name = uri): PolicyInput[] {
  return policyInputsOf(parseDocument({ uri, text, languageId: 'json' }, true), name);
}
