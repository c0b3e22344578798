import type { ActionInfo } from '../service/catalog/catalog';
import type { PolicyView } from '../service/document/policyView';
import { UsageError } from '../cli/command';
import { parseContextFlags } from '../cli/commands/explain';
import { withDefaults } from '../service/options';
import { evaluate, statementLabel } from '../service/evaluator/evaluate';
import { policyActions } from '../service/features/policyActions';
import type { AccessRequest, Evaluation, PolicySet } from '../service/evaluator/types';
import { openOrSavedDocument } from './assertionsDocuments';
import { actionNames } from './explainActions';
import { ACTION_NAMES_REQUEST, EXPLAIN_REQUEST, type ActionNameItem, type ActionNamesParams, type ExplainParams, type ExplainResult, type TypedRequest } from './explainProtocol';
import { guard } from './guard';
import type { ServerContext } from './serverContext';

/** The requests behind "Connect IAM: Explain access...": the decision with its reasons, and action names to pick from. */
export function registerExplain(context: ServerContext): void {
  const { connection } = context;
  connection.onRequest(
    EXPLAIN_REQUEST,
    guard(connection.console, 'Explain access', { reasons: [], statements: [], text: '', error: 'Connect IAM could not explain this request; see its output log.' }, (params: ExplainParams) => explain(context, params)),
  );
  connection.onRequest(
    ACTION_NAMES_REQUEST,
    guard(connection.console, 'Action names', [] as ActionNameItem[], async (params: ActionNamesParams) =>
      actionNames(context.service.catalog, params.query ?? '', params.query ? [] : await ownActions(context, params.uri)),
    ),
  );
}

/** How many of the policy's own actions the picker lists before Connect's. */
const POLICY_ACTIONS_FIRST = 50;

/** The actions the document's policies name, which the picker offers first. */
async function ownActions(context: ServerContext, uri: string | undefined): Promise<ActionInfo[]> {
  const input = uri ? await openOrSavedDocument(context, uri) : undefined;
  if (!uri || !input) return [];
  const doc = context.service.parse(input, withDefaults(await context.options(uri)));
  return policyActions(context.service.catalog, doc.policies, POLICY_ACTIONS_FIRST);
}

async function explain(context: ServerContext, params: ExplainParams): Promise<ExplainResult> {
  const input = openOrSavedDocument(context, params.uri);
  if (!input) return failed(`Cannot read ${params.uri}.`);
  const doc = context.service.parse(input, withDefaults(await context.options(params.uri)));
  const offset = params.position ? doc.lines.offsetAt(params.position) : 0;
  const policy = doc.policies.find((p) => offset >= p.node.offset && offset <= p.node.offset + p.node.length) ?? doc.policies[0];
  if (!policy) return failed('This document holds no IAM policy (no "Statement"), so there is nothing to evaluate.');
  const request = accessRequest(params);
  if ('error' in request) return failed(request.error);
  const evaluation = evaluate(request, policySetOf(policy, params.uri), context.service.catalog);
  const range = (span: { offset: number; length: number }) => doc.lines.range(span.offset, span.length);
  const statements = evaluation.statements.map((s) => ({
    label: statementLabel(s),
    effect: s.effect,
    applies: s.applies,
    reason: s.reason,
    range: range(s.statementSpan),
    focus: range(s.span),
  }));
  const deciding = evaluation.deciding[0];
  return { decision: evaluation.decision, reasons: evaluation.reasons, statements, deciding: deciding ? range(deciding.span) : undefined, text: explanationText(request, evaluation) };
}

/** The request as typed in the editor; context entries are parsed as the CLI's --context flags are. */
export function accessRequest(typed: TypedRequest): AccessRequest | { error: string } {
  try {
    return { action: typed.action.trim(), resource: typed.resource.trim() || '*', context: parseContextFlags(typed.context ?? []), principal: typed.principal || undefined };
  } catch (error) {
    if (error instanceof UsageError) return { error: error.message.replace('--context', 'Context entry') };
    throw error;
  }
}

/** A policy with a Principal is a resource policy; any other is an identity policy. */
export function policySetOf(policy: PolicyView, uri: string): PolicySet {
  const input = { name: uri.slice(uri.lastIndexOf('/') + 1), uri, policy };
  return policy.kind === 'resource' ? { identity: [], resource: [input] } : { identity: [input] };
}

function explanationText(request: AccessRequest, evaluation: Evaluation): string {
  const context = Object.entries(request.context ?? {}).map(([key, value]) => `${key}=${([] as string[]).concat(value).join(',')}`);
  const lines = [
    `${request.action} on ${request.resource}${context.length ? ` with ${context.join(', ')}` : ''}`,
    `Decision: ${evaluation.decision}`,
    '',
    ...evaluation.reasons.map((r) => `  ${r}`),
    '',
    'Statements:',
    ...evaluation.statements.map((s) => `  ${s.applies ? '✓ applies' : '✗ does not apply'}: ${statementLabel(s)} (${s.effect})${s.reason ? `: ${s.reason}` : ''}`),
  ];
  return lines.join('\n');
}

function failed(error: string): ExplainResult {
  return { reasons: [], statements: [], text: error, error };
}
