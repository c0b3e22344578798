import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCatalog } from '../../service/catalog/nodeCatalogSource';
import { explainAccessDenied } from '../../service/accessDenied/explainAccessDenied';
import type { AccessDeniedExplanation, PolicyPlace } from '../../service/accessDenied/types';
import type { TextDocumentInput } from '../../service/document/parsedDocument';
import { deniedCallText } from '../../service/accessDenied/explanationText';
import { LineIndex } from '../../service/text/lineIndex';
import { readPolicyFile } from '../../files/readPolicyFile';
import { readWorkspace } from '../../files/workspaceDocuments';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO } from '../command';

/**
 * `connect-iam explain --error TEXT | --cloudtrail FILE`: why AWS denied a call, from the error
 * message or the CloudTrail record, with the principal's policies found in the workspace.
 */

export interface DeniedOptions {
  error?: string;
  cloudtrail?: string;
  workspace?: string;
  policy: string[];
  scp: string[];
  boundary?: string;
  replacePolicies?: boolean;
  format: 'text' | 'json';
}

export function runExplainDenied(options: DeniedOptions, io: CliIO): number {
  if (options.error !== undefined && options.cloudtrail !== undefined) throw new UsageError('Give --error or --cloudtrail, not both.');
  const text = options.error !== undefined ? inputText(options.error, 'message', io) : inputText(options.cloudtrail!, 'file', io);
  if (text.trim() === '') throw new UsageError('The AccessDenied input is empty: paste the error message or give the CloudTrail JSON.');
  const workspace = readWorkspace(options.workspace ?? '.', io.cwd);
  const shown = new Map(workspace.shown);
  const given = (paths: string[]) => paths.map((path) => givenDocument(path, io.cwd, shown));
  const explanation = explainAccessDenied(
    {
      text,
      workspace: workspace.documents,
      given: { identity: given(options.policy), scps: given(options.scp), boundary: given(options.boundary ? [options.boundary] : []), replaceIdentity: options.replacePolicies },
    },
    loadCatalog(),
  );
  if (explanation.error) throw new UsageError(explanation.error);
  const texts = new Map([...workspace.documents].map((d) => [d.uri, d.text]));
  for (const path of [...options.policy, ...options.scp, ...(options.boundary ? [options.boundary] : [])]) {
    const uri = pathToFileURL(resolve(io.cwd, path)).href;
    if (!texts.has(uri)) texts.set(uri, readPolicyFile(resolve(io.cwd, path)));
  }
  const where = new Places(texts, shown);
  const unread = [...workspace.unread, ...explanation.unread.map((uri) => `${shown.get(uri) ?? uri}: not read as a template or policy (its syntax is not supported here yet, or it has errors)`)];
  io.out(options.format === 'json' ? `${JSON.stringify(deniedJson(explanation, where, unread), null, 2)}\n` : deniedText(explanation, where, unread));
  return explanation.calls.length > 0 && explanation.calls.every((c) => c.decision === 'allowed') ? EXIT_OK : EXIT_FINDINGS;
}

/** "-" reads standard input; a --cloudtrail value is a file; an --error value is the message itself. */
function inputText(value: string, kind: 'message' | 'file', io: CliIO): string {
  if (value === '-') {
    if (!io.readStdin) throw new UsageError('Standard input cannot be read here.');
    return io.readStdin();
  }
  if (kind === 'message') return value;
  try {
    return readPolicyFile(resolve(io.cwd, value));
  } catch (error) {
    throw new UsageError(`Cannot read CloudTrail file ${value}: ${(error as Error).message}`);
  }
}

function givenDocument(path: string, cwd: string, shown: Map<string, string>): TextDocumentInput {
  const absolute = resolve(cwd, path);
  const uri = pathToFileURL(absolute).href;
  shown.set(uri, path);
  try {
    return { uri, text: readPolicyFile(absolute), languageId: /\.ya?ml$/i.test(path) ? 'yaml' : 'json' };
  } catch (error) {
    throw new UsageError(`Cannot read policy file ${path}: ${(error as Error).message}`);
  }
}

/** Positions in the files read, for "file:line:column" and zero-based JSON ranges. */
class Places {
  private readonly lines = new Map<string, LineIndex>();

  constructor(
    private readonly texts: Map<string, string>,
    private readonly shown: Map<string, string>,
  ) {}

  file(uri: string): string {
    return this.shown.get(uri) ?? uri;
  }

  range(place: PolicyPlace) {
    return this.index(place.uri)?.range(place.offset, place.length);
  }

  at(place: PolicyPlace): string {
    const start = this.range(place)?.start;
    return start ? `${this.file(place.uri)}:${start.line + 1}:${start.character + 1}` : this.file(place.uri);
  }

  private index(uri: string): LineIndex | undefined {
    let index = this.lines.get(uri);
    const text = this.texts.get(uri);
    if (!index && text !== undefined) this.lines.set(uri, (index = new LineIndex(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text)));
    return index;
  }
}

function deniedText(explanation: AccessDeniedExplanation, where: Places, unread: string[]): string {
  const blocks = explanation.calls.map((call) => deniedCallText(call, (place) => where.at(place)));
  if (unread.length > 0) blocks.push(['Not read, so not searched:', ...unread.map((u) => `  ${u}`)].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** Today's explain fields (decision, request, reasons, deciding, roles) plus cause, stated, principal, missing, assumed. */
function deniedJson(explanation: AccessDeniedExplanation, where: Places, unread: string[]) {
  const calls = explanation.calls.map((call) => ({
    decision: call.decision,
    request: call.request,
    cause: call.cause,
    stated: call.stated,
    reasons: call.explanation,
    deciding: call.deciding.map((place) => ({ file: where.file(place.uri), range: where.range(place), label: place.label })),
    principal: call.principalFound.map((place) => ({ file: where.file(place.uri), range: where.range(place), label: place.label })),
    roles: call.evaluation?.roles ?? [],
    missing: call.missing,
    assumed: call.assumed,
  }));
  return { input: explanation.input, ...calls[0], calls, unread };
}
