import type { Catalog } from '../catalog/catalog';
import { parseDocument, type ParsedDocument, type TextDocumentInput } from '../document/parsedDocument';
import { evaluate } from '../evaluator/evaluate';
import { policyInputsOf } from '../evaluator/policyInputs';
import type { PolicyInput, PolicySet, StatementResult } from '../evaluator/types';
import { isDenied, parseCloudTrail, type CloudTrailRecord } from './cloudTrail';
import { compare } from './comparison';
import { participantServiceCause, regionMismatch } from './notIam';
import { parseAccessDeniedMessage } from './parseMessage';
import { findPrincipalPolicies } from './principalPolicies';
import { requestFromMessage, requestFromRecord, type BuiltRequest } from './request';
import type { AccessDeniedExplanation, AccessDeniedInput, DeniedCall, InputKind, ParsedMessage, PolicyPlace } from './types';

/** Records explained from one paste; a log file's others are counted, not explained. */
export const MAX_RECORDS = 20;

const NOT_UNDERSTOOD =
  'This is neither an AccessDenied message ("User: ARN is not authorized to perform: ACTION on resource: ARN ...", with or without an SDK prefix or JSON body) nor CloudTrail JSON (one event, {"Records": [...]}, or lookup-events output).';

/**
 * Why AWS denied a call: reads the pasted message or CloudTrail JSON, builds the request AWS
 * evaluated, finds the principal's policies in the workspace, decides with the offline evaluator, and
 * compares that with AWS's stated reason. Pure: the caller reads the files.
 */
export function explainAccessDenied(input: AccessDeniedInput, catalog: Catalog): AccessDeniedExplanation {
  const workspace = new Workspace(input);
  const records = parseCloudTrail(input.text);
  if (records) {
    const denied = records.filter(isDenied);
    const chosen = (denied.length > 0 ? denied : records).slice(0, MAX_RECORDS);
    const calls = chosen.map((record) => explainRecord(record, workspace, catalog));
    if (denied.length === 0) for (const call of calls) call.missing.unshift('The record has no AccessDenied errorCode: it is explained as a request, not as a denial.');
    const skipped = (denied.length > 0 ? denied : records).length - chosen.length;
    if (skipped > 0) calls[calls.length - 1].missing.push(`${skipped} more records were not explained (at most ${MAX_RECORDS} from one input).`);
    return { input: 'cloudtrail', calls, unread: workspace.unread };
  }
  const message = parseAccessDeniedMessage(input.text);
  if (!message) return { input: 'message', calls: [], error: NOT_UNDERSTOOD, unread: workspace.unread };
  return { input: 'message', calls: [explainCall('message', message, requestFromMessage(message), workspace, catalog)], unread: workspace.unread };
}

function explainRecord(record: CloudTrailRecord, workspace: Workspace, catalog: Catalog): DeniedCall {
  const message = record.errorMessage ? parseAccessDeniedMessage(record.errorMessage) : undefined;
  const built = requestFromRecord(record, message, catalog);
  const call = explainCall('cloudtrail', message ?? { text: record.errorMessage ?? '', operation: record.eventName, errorCode: record.errorCode }, built, workspace, catalog);
  const mismatch = regionMismatch(record.awsRegion, built.request?.resource);
  if (mismatch) call.explanation.unshift(mismatch);
  return call;
}

function explainCall(source: InputKind, message: ParsedMessage, built: BuiltRequest, workspace: Workspace, catalog: Catalog): DeniedCall {
  const call: DeniedCall = { source, request: built.request, stated: message.reason, principalFound: [], cause: 'none', explanation: [], missing: [...built.missing], assumed: [...built.assumed], deciding: [] };
  const notIam = participantServiceCause(message.operation, built.request?.action ?? message.action);
  if (notIam) {
    call.cause = 'not-iam';
    call.explanation.push(...notIam);
    return call;
  }
  if (!built.request) {
    call.explanation.push('Not enough is known to evaluate the request; see what is missing.');
    return call;
  }
  const found = built.principal ? findPrincipalPolicies(workspace.docs, built.principal, built.region) : undefined;
  if (found) {
    call.principalFound = found.found;
    call.missing.push(...found.missing);
    call.assumed.push(...found.assumed);
  } else call.missing.push(`The principal ${built.request.principal ?? '(none)'} is not an IAM user, role or role session ARN, so its policies are not looked up.`);
  const given = workspace.given;
  const identity = [...(given.replaceIdentity ? [] : (found?.identity ?? [])), ...given.identity];
  const set: PolicySet = {
    identity,
    permissionsBoundary: nonEmpty([...(found?.boundary ?? []), ...given.boundary]),
    scps: nonEmpty([...(found?.scps ?? []), ...given.scps]),
  };
  const evaluation = evaluate(built.request, set, catalog);
  call.policies = set;
  call.evaluation = evaluation;
  call.decision = evaluation.decision;
  const located = (r: StatementResult) => workspace.located(r);
  if (identity.length === 0) {
    const searched = `${workspace.docs.length} document${workspace.docs.length === 1 ? '' : 's'}`;
    call.explanation.push(`No policy of ${built.principal?.name ?? 'the principal'} was found in the workspace (${searched} searched): it cannot say which statement is missing. Name the role's policies with --policy, or open the template that defines the role.`);
  }
  const comparison = compare(message.reason, evaluation, identity.length > 0, located);
  call.cause = comparison.cause;
  call.explanation.push(...comparison.sentences, ...evaluation.reasons);
  call.deciding = evaluation.deciding.flatMap((r) => workspace.place(r) ?? []);
  return call;
}

function nonEmpty(inputs: PolicyInput[]): PolicyInput[] | undefined {
  return inputs.length > 0 ? inputs : undefined;
}

/** The workspace's documents, parsed once with the service's parser, and the policies given by name. */
class Workspace {
  readonly docs: ParsedDocument[] = [];
  readonly unread: string[] = [];
  readonly given: { identity: PolicyInput[]; boundary: PolicyInput[]; scps: PolicyInput[]; replaceIdentity: boolean };
  private readonly byUri = new Map<string, ParsedDocument>();

  constructor(input: AccessDeniedInput) {
    for (const document of input.workspace) {
      const doc = parseDocument(document);
      if (!doc.root || (doc.syntaxErrors.length > 0 && doc.policies.length === 0)) {
        this.unread.push(document.uri);
        continue;
      }
      this.byUri.set(doc.input.uri, doc);
      this.docs.push(doc);
    }
    const load = (documents: TextDocumentInput[] | undefined) =>
      (documents ?? []).flatMap((document) => {
        const doc = parseDocument(document, true);
        this.byUri.set(doc.input.uri, doc);
        return policyInputsOf(doc, fileName(document.uri));
      });
    this.given = {
      identity: load(input.given?.identity),
      boundary: load(input.given?.boundary),
      scps: load(input.given?.scps),
      replaceIdentity: input.given?.replaceIdentity ?? false,
    };
  }

  /** "chat.json:42" for a statement result. */
  located(result: StatementResult): string {
    const doc = result.uri ? this.byUri.get(result.uri) : undefined;
    if (!doc) return result.policyName;
    return `${fileName(doc.input.uri)}:${doc.lines.positionAt(result.span.offset).line + 1}`;
  }

  place(result: StatementResult): PolicyPlace | undefined {
    return result.uri ? { uri: result.uri, offset: result.span.offset, length: result.span.length, label: this.located(result) } : undefined;
  }
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
