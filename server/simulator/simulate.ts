import {
  SimulateCustomPolicyCommand,
  SimulatePrincipalPolicyCommand,
  type EvaluationResult,
  type IAMClient,
  type Statement,
} from '@aws-sdk/client-iam';
import type { Catalog } from '../service/catalog/catalog';
import { LineIndex } from '../service/text/lineIndex';
import { contextEntries } from './contextEntries';
import { describeFailure, type SimulatorFailure, type SimulatorOperation } from './errors';
import { createIamClient, iamHost } from './iamClient';
import {
  DEFAULT_TIMEOUT_MS,
  type AwsAnswer,
  type AwsMatchedStatement,
  type CaseResult,
  type SimulationCase,
  type SimulationInput,
  type SimulatorSettings,
  type SubmittedPolicy,
} from './types';

export interface SimulateOptions {
  /** Aborts the run (the person pressed Cancel). */
  signal?: AbortSignal;
  /** Called after each answered case. */
  onProgress?: (done: number, total: number) => void;
}

/** What a run produced: AWS's answer for each case it reached, and why it stopped early, if it did. */
export interface SimulationRun {
  results: CaseResult[];
  failure?: SimulatorFailure;
}

/**
 * Asks AWS's IAM policy simulator about each case, one call per case (one action on one
 * resource, so per-resource answers need no untangling), each within the settings' timeout.
 */
export async function simulate(
  input: SimulationInput,
  cases: SimulationCase[],
  settings: SimulatorSettings,
  catalog: Catalog,
  options: SimulateOptions = {},
): Promise<SimulationRun> {
  const operation: SimulatorOperation = input.kind === 'custom' ? 'SimulateCustomPolicy' : 'SimulatePrincipalPolicy';
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = createIamClient(settings);
  const results: CaseResult[] = [];
  let deadline: AbortSignal | undefined;
  try {
    for (const simulationCase of cases) {
      options.signal?.throwIfAborted();
      // Each call gets the whole timeout (retries included), so a long run of assertions never times out for its length.
      deadline = AbortSignal.timeout(timeoutMs);
      const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
      const result = await callSimulator(client, input, simulationCase, catalog, signal);
      results.push({ case: simulationCase, answer: answerFrom(result, simulationCase.request.resource, input) });
      options.onProgress?.(results.length, cases.length);
    }
    return { results };
  } catch (error) {
    const failure = describeFailure(error, {
      operation,
      profile: settings.profile,
      host: iamHost(settings),
      timeoutMs,
      cancelled: options.signal?.aborted ?? false,
      timedOut: deadline?.aborted ?? false,
    });
    return { results, failure };
  } finally {
    client.destroy();
  }
}

async function callSimulator(
  client: IAMClient,
  input: SimulationInput,
  simulationCase: SimulationCase,
  catalog: Catalog,
  abortSignal: AbortSignal,
): Promise<EvaluationResult | undefined> {
  const { request } = simulationCase;
  const common = {
    ActionNames: [request.action],
    ResourceArns: [request.resource],
    ContextEntries: contextEntries(request.context, catalog),
  };
  const response =
    input.kind === 'custom'
      ? await client.send(
          new SimulateCustomPolicyCommand({
            ...common,
            PolicyInputList: input.identity.map((p) => p.text),
            PermissionsBoundaryPolicyInputList: input.permissionsBoundary?.map((p) => p.text),
          }),
          { abortSignal },
        )
      : await client.send(new SimulatePrincipalPolicyCommand({ ...common, PolicySourceArn: input.principalArn }), { abortSignal });
  return response.EvaluationResults?.[0];
}

/** AWS's answer for the one resource asked about: the per-resource result when AWS gives one. */
function answerFrom(result: EvaluationResult | undefined, resource: string, input: SimulationInput): AwsAnswer {
  const specific = result?.ResourceSpecificResults?.find((r) => r.EvalResourceName === resource);
  const decision = specific?.EvalResourceDecision ?? result?.EvalDecision ?? 'implicitDeny';
  const statements = specific?.MatchedStatements ?? result?.MatchedStatements ?? [];
  const missing = new Set([...(specific?.MissingContextValues ?? []), ...(result?.MissingContextValues ?? [])]);
  const boundary = specific?.PermissionsBoundaryDecisionDetail ?? result?.PermissionsBoundaryDecisionDetail;
  return {
    decision,
    matchedStatements: statements.map((s) => matchedStatement(s, input)),
    missingContextValues: [...missing],
    allowedByPermissionsBoundary: boundary?.AllowedByPermissionsBoundary,
    allowedByOrganizations: result?.OrganizationsDecisionDetail?.AllowedByOrganizations,
  };
}

function matchedStatement(statement: Statement, input: SimulationInput): AwsMatchedStatement {
  const start = statement.StartPosition?.Line !== undefined ? { line: statement.StartPosition.Line, column: statement.StartPosition.Column ?? 1 } : undefined;
  const end = statement.EndPosition?.Line !== undefined ? { line: statement.EndPosition.Line, column: statement.EndPosition.Column ?? 1 } : undefined;
  const matched: AwsMatchedStatement = { sourcePolicyId: statement.SourcePolicyId, sourcePolicyType: statement.SourcePolicyType, start, end };
  const policy = input.kind === 'custom' ? submittedPolicyById(input, statement.SourcePolicyId) : undefined;
  if (policy && start) {
    const offset = new LineIndex(policy.text).offsetAt({ line: start.line - 1, character: start.column - 1 });
    matched.source = { uri: policy.uri, offset: policy.sourceOffset + offset };
  }
  return matched;
}

/** AWS names custom policies by list and 1-based position: "PolicyInputList.1". */
function submittedPolicyById(input: Extract<SimulationInput, { kind: 'custom' }>, id: string | undefined): SubmittedPolicy | undefined {
  const match = /^(PolicyInputList|PermissionsBoundaryPolicyInputList)\.(\d+)$/.exec(id ?? '');
  if (!match) return undefined;
  const list = match[1] === 'PolicyInputList' ? input.identity : (input.permissionsBoundary ?? []);
  return list[Number(match[2]) - 1];
}
