import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCatalog } from '../../server/service/catalog/nodeCatalogSource';
import { explainAccessDenied } from '../../server/service/accessDenied/explainAccessDenied';
import type { AccessDeniedExplanation, DeniedCall, GivenPolicies } from '../../server/service/accessDenied/types';
import type { TextDocumentInput } from '../../server/service/document/parsedDocument';

export const FIXTURES = join(__dirname, 'fixtures');
export const WORKSPACE = join(FIXTURES, 'chat-workspace');
export const INSTANCE = 'arn:aws:connect:us-east-1:123456789012:instance/4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d';
export const FLOW = `${INSTANCE}/contact-flow/1f2e3d4c-5b6a-4789-9abc-def012345678`;
export const SESSION = 'arn:aws:sts::123456789012:assumed-role/chat-backend/lambda-1';

const LANGUAGES: Record<string, string> = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml' };

/** Every file of a fixture folder as the CLI would read it. */
export function workspaceDocuments(folder: string): TextDocumentInput[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return workspaceDocuments(path);
    const languageId = LANGUAGES[extname(name)];
    return languageId ? [{ uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8'), languageId }] : [];
  });
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function explainIn(text: string, folder = WORKSPACE, given?: GivenPolicies): AccessDeniedExplanation {
  return explainAccessDenied({ text, workspace: workspaceDocuments(folder), given }, loadCatalog());
}

/** The one call of an explanation (a message, or a single CloudTrail event). */
export function onlyCall(explanation: AccessDeniedExplanation): DeniedCall {
  if (explanation.calls.length !== 1) throw new Error(`expected one call, got ${explanation.calls.length}: ${explanation.error ?? ''}`);
  return explanation.calls[0];
}

export function deniedMessage(action: string, resource: string, tail: string, principal = SESSION): string {
  return `User: ${principal} is not authorized to perform: ${action} on resource: ${resource}${tail ? ` ${tail}` : ''}`;
}
