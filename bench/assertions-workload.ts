/**
 * A connect-iam.tests.json over a generated corpus, for timing `connect-iam test` against its peer.
 * Per policy: a request for each of its first three Allow statements (the statement's first action
 * without a wildcard on its first resource, wildcards and policy variables filled in) and one for an
 * action it does not grant, with a fixed request context. The expectations are iam-simulate's
 * decisions, so the file is a passing suite wherever the two engines agree, as in CI; the requests
 * iam-simulate rejects are left out.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const PRINCIPAL_ACCOUNT = '111122223333';
const USER = 'alice';
export const IAM_SIMULATE_PEER = join(__dirname, 'peers', 'iam-simulate-assertions.js');

interface Request {
  action: string;
  resource: string;
  principal: string;
  context: Record<string, string>;
  expect: string;
}

type Statement = { Effect?: string; Action?: string | string[]; Resource?: string | string[] };
const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** An ARN a request could name: wildcards filled, policy variables replaced by the caller's name. */
const concrete = (pattern: string) => pattern.replace(/\$\{[^}]*\}/g, USER).replace(/\*/g, 'bench').replace(/\?/g, 'b');

function requestsOf(policy: { Statement?: Statement | Statement[] }): Omit<Request, 'expect'>[] {
  const statements = Array.isArray(policy.Statement) ? policy.Statement : policy.Statement ? [policy.Statement] : [];
  const requests: Omit<Request, 'expect'>[] = [];
  for (const statement of statements) {
    if (statement.Effect !== 'Allow' || requests.length === 3) continue;
    const action = list(statement.Action).find((a) => !/[*?]/.test(a));
    const resource = list(statement.Resource)[0];
    if (action && resource) requests.push(request(action, resource === '*' ? '*' : concrete(resource)));
  }
  requests.push(request('iam:CreateUser', `arn:aws:iam::${PRINCIPAL_ACCOUNT}:user/bench`));
  return requests;
}

function request(action: string, resource: string): Omit<Request, 'expect'> {
  const region = resource.split(':')[3] || 'us-east-1';
  const account = resource.split(':')[4] || PRINCIPAL_ACCOUNT;
  return {
    action,
    resource,
    // Same account as the resource, so the identity policy alone decides.
    principal: `arn:aws:iam::${account}:user/${USER}`,
    context: { 'aws:SourceIp': '203.0.113.17', 'aws:SecureTransport': 'true', 'aws:RequestedRegion': region, 'aws:username': USER },
  };
}

export interface AssertionsWorkload {
  file: string;
  requests: number;
  /** Requests iam-simulate rejected (left out). */
  rejected: number;
}

/** Writes bench/corpus/<size>.tests.json for the corpus in `corpus` (a folder beside it). */
export function writeAssertions(corpus: string): AssertionsWorkload {
  const file = `${corpus}.tests.json`;
  const folder = basename(corpus);
  const drafts = readdirSync(corpus)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ policy: `${folder}/${name}`, requests: requestsOf(JSON.parse(readFileSync(join(corpus, name), 'utf8'))).map((r) => ({ ...r, expect: 'allowed' })) }));
  writeFileSync(file, JSON.stringify({ tests: drafts }));
  const oracle = spawnSync(process.execPath, [IAM_SIMULATE_PEER, file, '--decisions'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (oracle.status !== 0 && oracle.status !== 1) throw new Error(`iam-simulate failed on the assertions (status ${oracle.status}): ${oracle.stderr}`);
  const decisions = JSON.parse(oracle.stdout) as string[];
  let next = 0;
  let rejected = 0;
  const tests = drafts.map((test) => ({
    policy: test.policy,
    requests: test.requests.flatMap((r) => {
      const decision = decisions[next++];
      if (decision === 'error' || decision === undefined) {
        rejected++;
        return [];
      }
      return [{ ...r, expect: decision }];
    }),
  }));
  writeFileSync(file, `${JSON.stringify({ tests }, null, 1)}\n`);
  return { file, requests: decisions.length - rejected, rejected };
}
