import { loadCatalog } from '../../server/service/catalog/nodeCatalogSource';
import { evaluate } from '../../server/service/evaluator/evaluate';
import { policyInputsFromText } from '../../server/service/evaluator/policyInputs';
import type { AccessRequest, Evaluation, PolicyInput, SourceSpan } from '../../server/service/evaluator/types';

export const catalog = loadCatalog();

export const INSTANCE = 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555';
export const FLOW = `${INSTANCE}/contact-flow/66666666-7777-8888-9999-000000000000`;
export const START_CHAT: AccessRequest = { action: 'connect:StartChatContact', resource: FLOW };

export interface Doc {
  text: string;
  inputs: PolicyInput[];
}

/** A policy document from statements; `name` becomes its uri and display name. */
export function policyDoc(statements: object[], name = 'policy.json', version = '2012-10-17'): Doc {
  const text = JSON.stringify({ Version: version, Statement: statements }, null, 2);
  return { text, inputs: policyInputsFromText(name, text, name) };
}

export function explain(request: AccessRequest, identity: Doc, extra: Omit<Parameters<typeof evaluate>[1], 'identity'> = {}): Evaluation {
  return evaluate(request, { identity: identity.inputs, ...extra }, catalog);
}

/** The document text a span covers, to check that explanations point at the right node. */
export function spanText(doc: Doc, span: SourceSpan): string {
  return doc.text.slice(span.offset, span.offset + span.length);
}
