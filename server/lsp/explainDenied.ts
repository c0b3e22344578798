import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainAccessDenied } from '../service/accessDenied/explainAccessDenied';
import { deniedCallText, simulatorPrincipal } from '../service/accessDenied/explanationText';
import type { DeniedCall, PolicyPlace } from '../service/accessDenied/types';
import type { TextDocumentInput } from '../service/document/parsedDocument';
import { LineIndex } from '../service/text/lineIndex';
import { readWorkspace } from '../files/workspaceDocuments';
import { EXPLAIN_DENIED_REQUEST, type ExplainDeniedParams, type ExplainDeniedResult, type ExplainedDenial, type FilePlace } from './explainDeniedProtocol';
import { guard } from './guard';
import type { ServerContext } from './serverContext';

/** "Connect IAM: Explain an AccessDenied error...": the pasted text explained with the workspace folders' templates and policies. */
export function registerExplainDenied(context: ServerContext): void {
  const failure: ExplainDeniedResult = { calls: [], text: '', error: 'Connect IAM could not explain this error; see its output log.' };
  context.connection.onRequest(EXPLAIN_DENIED_REQUEST, guard(context.connection.console, 'Explain AccessDenied', failure, (params: ExplainDeniedParams) => explainDenied(context, params)));
}

function explainDenied(context: ServerContext, params: ExplainDeniedParams): ExplainDeniedResult {
  if (typeof params?.text !== 'string' || params.text.trim() === '') return { calls: [], text: '', error: 'Paste an AccessDenied error message or a CloudTrail event first.' };
  const { documents, unread, shown } = workspaceDocuments(context);
  const explanation = explainAccessDenied({ text: params.text, workspace: documents }, context.service.catalog);
  if (explanation.error) return { calls: [], text: explanation.error, error: explanation.error };
  const lines = new Map<string, LineIndex>();
  const texts = new Map(documents.map((d) => [d.uri, d.text]));
  const index = (uri: string) => {
    let found = lines.get(uri);
    const text = texts.get(uri);
    if (!found && text !== undefined) lines.set(uri, (found = new LineIndex(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text)));
    return found;
  };
  const place = (p: PolicyPlace): FilePlace | undefined => {
    const range = index(p.uri)?.range(p.offset, p.length);
    return range ? { uri: p.uri, range } : undefined;
  };
  const at = (p: PolicyPlace) => {
    const start = place(p)?.range.start;
    const file = shown.get(p.uri) ?? p.uri;
    return start ? `${file}:${start.line + 1}:${start.character + 1}` : file;
  };
  const notRead = [...unread, ...explanation.unread.map((uri) => `${shown.get(uri) ?? uri}: not read as a template or policy`)];
  const blocks = explanation.calls.map((call) => deniedCallText(call, at));
  if (notRead.length > 0) blocks.push(['Not read, so not searched:', ...notRead.map((u) => `  ${u}`)].join('\n'));
  return { calls: explanation.calls.map((call) => summarize(call, place)), text: blocks.join('\n\n') };
}

function summarize(call: DeniedCall, place: (p: PolicyPlace) => FilePlace | undefined): ExplainedDenial {
  const subject = call.request?.action ?? 'The denied call';
  return {
    summary: `${subject}: ${call.decision ?? 'not evaluated'} in this workspace (cause: ${call.cause}). ${call.explanation[0] ?? ''}`.trim(),
    decision: call.decision,
    cause: call.cause,
    deciding: call.deciding[0] && place(call.deciding[0]),
    principal: call.principalFound[0] && place(call.principalFound[0]),
    simulatorPrincipal: simulatorPrincipal(call),
  };
}

/** The workspace folders' templates and policy files; an open document counts as the editor has it. */
function workspaceDocuments(context: ServerContext): { documents: TextDocumentInput[]; unread: string[]; shown: Map<string, string> } {
  const documents: TextDocumentInput[] = [];
  const unread: string[] = [];
  const shown = new Map<string, string>();
  for (const folder of context.workspaceFolders) {
    const files = readWorkspace(folder, folder, folder);
    unread.push(...files.unread);
    for (const document of files.documents) {
      const open = context.documents.get(document.uri);
      documents.push(open ? { ...context.input(open), languageId: document.languageId } : document);
      shown.set(document.uri, relative(folder, fileURLToPath(document.uri)));
    }
  }
  return { documents, unread, shown };
}
