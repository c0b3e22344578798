import type { CancellationToken } from 'vscode-languageserver';
import type { ParsedDocument } from '../service/document/parsedDocument';
import { evaluate } from '../service/evaluator/evaluate';
import type { AccessRequest, Evaluation, PolicyInput } from '../service/evaluator/types';
import { withDefaults } from '../service/options';
import { compare, formatComparisons, type Comparison } from '../simulator/compare';
import { submittedPolicy, UnsubmittablePolicyError } from '../simulator/policyText';
import type { SimulationCase, SimulationInput } from '../simulator/types';
import { liveAssertionsOf } from './assertions';
import { assertionName } from '../service/assertions/assertionsFile';
import { openOrSavedDocument } from './assertionsDocuments';
import { SIMULATE_REQUEST, type SimulateParams, type SimulateResult } from './assertionsProtocol';
import { policyInputs, policyUri, runTestsFile } from './assertionsRun';
import { isTestsFile } from './assertionsScan';
import { accessRequest, policySetOf } from './explain';
import { guard } from './guard';
import type { ServerContext } from './serverContext';

/** One simulator run: the policies to send (or the principal), the requests, and our answer for each. */
interface Job {
  heading: string;
  input: SimulationInput;
  cases: SimulationCase[];
  ours: Evaluation[];
  notes: string[];
}

/** connectIam/simulate: AWS's IAM policy simulator beside the offline evaluator, cancellable, with progress. */
export function registerSimulator(context: ServerContext): void {
  const { connection } = context;
  const empty: SimulateResult = { text: '', agreed: 0, disagreed: 0, error: 'The check with AWS failed unexpectedly; see the Connect IAM output log.' };
  connection.onRequest(SIMULATE_REQUEST, guard(connection.console, 'AWS simulator', empty, (params: SimulateParams, token: CancellationToken) => runChecks(context, params, token)));
}

async function runChecks(context: ServerContext, params: SimulateParams, token: CancellationToken): Promise<SimulateResult> {
  let jobs: Job[];
  try {
    if (params.request) {
      const request = accessRequest(params.request);
      if ('error' in request) return { text: request.error, agreed: 0, disagreed: 0, error: request.error };
      const job = await jobForRequest(context, params, request);
      if (typeof job === 'string') return { text: job, agreed: 0, disagreed: 0, error: job };
      jobs = [job];
    } else jobs = await jobsForAssertions(context, params);
  } catch (error) {
    if (error instanceof UnsubmittablePolicyError) return { text: error.message, agreed: 0, disagreed: 0, error: error.message };
    throw error;
  }
  if (jobs.length === 0) {
    const error = `There are no assertions about ${params.uri.slice(params.uri.lastIndexOf('/') + 1)} to check: add requests for it to a connect-iam.tests.json file, or give the action and resource to check.`;
    return { text: error, agreed: 0, disagreed: 0, error };
  }
  const controller = new AbortController();
  const cancel = token.onCancellationRequested(() => controller.abort());
  const progress = params.workDoneToken !== undefined ? await context.connection.window.attachWorkDoneProgress(params.workDoneToken) : undefined;
  const total = jobs.reduce((sum, job) => sum + job.cases.length, 0);
  progress?.begin('Asking AWS IAM policy simulator', 0, `0 of ${total} requests`, true);
  const settings = { profile: params.aws.profile || undefined, region: params.aws.region || undefined, endpoint: params.aws.endpoint || undefined };
  const blocks: string[] = [];
  const comparisons: Comparison[] = [];
  let done = 0;
  let failure: SimulateResult['failure'];
  try {
    for (const job of jobs) {
      // The AWS SDK is loaded on first use only: most sessions never call the simulator.
      const { simulate } = await import('../simulator/simulate');
      const run = await simulate(job.input, job.cases, settings, context.service.catalog, {
        signal: controller.signal,
        onProgress: (answered) => progress?.report(Math.round(((done + answered) / total) * 100), `${done + answered} of ${total} requests`),
      });
      done += job.cases.length;
      const jobComparisons = run.results.map((result, i) => compare(result, job.ours[i], job.input));
      comparisons.push(...jobComparisons);
      if (jobComparisons.length > 0) blocks.push(formatComparisons(jobComparisons, [job.heading, ...job.notes].join('\n')));
      if (run.failure) {
        failure = { kind: run.failure.kind, message: run.failure.message };
        blocks.push(`${job.heading}\n${run.failure.message}`);
        break;
      }
    }
  } finally {
    cancel.dispose();
    progress?.done();
  }
  const disagreed = comparisons.filter((c) => !c.agree).length;
  return { text: blocks.join('\n\n'), agreed: comparisons.length - disagreed, disagreed, failure };
}

/** The assertions about `uri` (a policy file), or all of them when `uri` is a tests file. */
async function jobsForAssertions(context: ServerContext, params: SimulateParams): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const testsUri of (await liveAssertionsOf(context)?.testsFilesFor(params.uri)) ?? (isTestsFile(params.uri) ? [params.uri] : [])) {
    const run = await runTestsFile(context, testsUri);
    if (!run) continue;
    for (const outcome of run.outcomes) {
      const { group } = outcome;
      if (outcome.error || outcome.cases.length === 0) continue;
      if (!isTestsFile(params.uri) && policyUri(run.uri, group.policy.path) !== params.uri) continue;
      const cases = outcome.cases.map((c) => ({ label: assertionName(c.case), request: c.case.request }));
      const testsName = run.uri.slice(run.uri.lastIndexOf('/') + 1);
      if (params.principalArn) {
        jobs.push({
          heading: `AWS IAM policy simulator (SimulatePrincipalPolicy) for ${params.principalArn}, compared with ${group.policy.path} (${testsName})`,
          input: { kind: 'principal', principalArn: params.principalArn },
          cases,
          ours: outcome.cases.map((c) => c.evaluation),
          notes: [],
        });
        continue;
      }
      // AWS gets the identity policies and the boundary; our answer for the comparison uses exactly those.
      const identity = policyInputs(run.uri, run.policies, group.policy.path) ?? [];
      const permissionsBoundary = group.permissionsBoundary ? policyInputs(run.uri, run.policies, group.permissionsBoundary.path) : undefined;
      const notes = group.resourcePolicy || group.scps.length > 0 ? ['The resource policy and SCPs of this test are not sent to AWS; both answers below leave them out.'] : [];
      jobs.push({
        heading: `AWS IAM policy simulator (SimulateCustomPolicy) for ${group.policy.path} (${testsName})`,
        input: { kind: 'custom', identity: submitted(run.policies, identity), permissionsBoundary: permissionsBoundary && submitted(run.policies, permissionsBoundary) },
        cases,
        ours: cases.map((c) => evaluate(c.request, { identity, permissionsBoundary }, context.service.catalog)),
        notes,
      });
    }
  }
  return jobs;
}

/** A request the person typed, against the first policy of the document (or a deployed principal); a sentence when there is no policy. */
async function jobForRequest(context: ServerContext, params: SimulateParams, request: AccessRequest): Promise<Job | string> {
  const input = openOrSavedDocument(context, params.uri);
  const doc = input ? context.service.parse(input, withDefaults(await context.options(params.uri))) : undefined;
  const policy = doc?.policies[0];
  if (!doc || !policy) return "This document holds no IAM policy, so there is nothing to compare AWS's answer with.";
  const set = policySetOf(policy, params.uri);
  const name = params.uri.slice(params.uri.lastIndexOf('/') + 1);
  const simulationInput: SimulationInput = params.principalArn
    ? { kind: 'principal', principalArn: params.principalArn }
    : { kind: 'custom', identity: [submittedPolicy(doc, policy)] };
  return {
    heading: params.principalArn ? `AWS IAM policy simulator (SimulatePrincipalPolicy) for ${params.principalArn}, compared with ${name}` : `AWS IAM policy simulator (SimulateCustomPolicy) for ${name}`,
    input: simulationInput,
    cases: [{ label: `${request.action} on ${request.resource}`, request }],
    ours: [evaluate(request, set, context.service.catalog)],
    notes: [],
  };
}

function submitted(docs: Map<string, ParsedDocument>, inputs: PolicyInput[]) {
  return inputs.flatMap((input) => {
    const doc = input.uri ? docs.get(input.uri) : undefined;
    return doc ? [submittedPolicy(doc, input.policy)] : [];
  });
}
