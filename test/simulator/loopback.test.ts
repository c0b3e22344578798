import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseDocument } from '../../server/service/document/parsedDocument';
import { submittedPolicy, UnsubmittablePolicyError } from '../../server/simulator/policyText';
import { simulate, type SimulationRun } from '../../server/simulator/simulate';
import type { SimulationCase, SimulationInput, SimulatorSettings } from '../../server/simulator/types';
import { service } from '../helpers/service';
import { errorXml, simulationXml, startIamLoopback, type IamLoopback, type ReceivedRequest, type Reply } from './iamLoopback';

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'test/secret+key' };
const FLOW = 'arn:aws:connect:us-east-1:111122223333:instance/0c7a4c1e-5f3c-4c8e-9d59-7f0d4a4f3d11/contact-flow/4b1f1f3e-9a51-4bde-8a44-1c2f7c1b6e2a';

const POLICY_TEXT = `{
  // chat backend
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowChat",
      "Effect": "Allow",
      "Action": "connect:StartChatContact",
      "Resource": "arn:aws:connect:us-east-1:111122223333:instance/0c7a4c1e-5f3c-4c8e-9d59-7f0d4a4f3d11/*",
    },
  ]
}
`;
const doc = parseDocument({ uri: 'file:///work/policy.json', text: POLICY_TEXT }, false);
const customInput: SimulationInput = { kind: 'custom', identity: [submittedPolicy(doc, doc.policies[0])] };
const chatCase: SimulationCase = {
  label: 'chat starts',
  request: { action: 'connect:StartChatContact', resource: FLOW, context: { 'connect:InstanceId': '0c7a4c1e-5f3c-4c8e-9d59-7f0d4a4f3d11', 'aws:SourceIp': '203.0.113.7' } },
};

let reply: (request: ReceivedRequest) => Reply = () => ({ status: 500, body: errorXml('InternalFailure', 'no reply set', 'Receiver') });
let iam: IamLoopback;
before(async () => {
  iam = await startIamLoopback(credentials, (request) => reply(request));
});
after(async () => iam.close());

function settings(overrides: Partial<SimulatorSettings> = {}): SimulatorSettings {
  return { endpoint: iam.endpoint, credentials, region: 'us-east-1', maxAttempts: 1, timeoutMs: 5_000, ...overrides };
}

async function run(input: SimulationInput = customInput, cases = [chatCase], overrides: Partial<SimulatorSettings> = {}, signal?: AbortSignal): Promise<SimulationRun> {
  return simulate(input, cases, settings(overrides), service().catalog, { signal });
}

function allowed(request: ReceivedRequest): Reply {
  return {
    status: 200,
    body: simulationXml('SimulateCustomPolicy', {
      action: request.params.get('ActionNames.member.1') ?? '',
      resource: request.params.get('ResourceArns.member.1') ?? '',
      decision: 'allowed',
      matched: [{ policyId: 'PolicyInputList.1', start: [5, 5], end: [10, 6] }],
    }),
  };
}

void describe('simulator requests', () => {
  void it('sends SimulateCustomPolicy form-encoded and SigV4-signed with the given credentials', async () => {
    reply = allowed;
    const before = iam.requests.length;
    const result = await run();
    assert.equal(result.failure, undefined);
    const request = iam.requests[before];
    assert.equal(request.params.get('Action'), 'SimulateCustomPolicy');
    assert.equal(request.params.get('Version'), '2010-05-08');
    assert.match(String(request.headers['content-type']), /application\/x-www-form-urlencoded/);
    assert.match(String(request.headers.authorization), /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/us-east-1\/iam\/aws4_request, /);
    assert.equal(request.accessKeyId, 'AKIDTEST');
    assert.ok(request.signedHeaders.includes('host') && request.signedHeaders.includes('x-amz-date'));
    assert.equal(request.signatureValid, true, 'the signature recomputed from the canonical request must match');
    assert.equal(request.params.get('ActionNames.member.1'), 'connect:StartChatContact');
    assert.equal(request.params.get('ResourceArns.member.1'), FLOW);
  });

  void it('sends the policy as plain JSON with the same line layout, comments and trailing commas blanked', async () => {
    reply = allowed;
    const before = iam.requests.length;
    await run();
    const sent = iam.requests[before].params.get('PolicyInputList.member.1') ?? '';
    assert.deepEqual(JSON.parse(sent), JSON.parse(POLICY_TEXT.replace('// chat backend', '').replace(/,(\s*[}\]])/g, '$1')));
    assert.equal(sent.split('\n').length, POLICY_TEXT.trimEnd().split('\n').length);
    assert.equal(sent.length, POLICY_TEXT.trimEnd().length);
  });

  void it('refuses a policy that still holds CloudFormation functions, naming the line', () => {
    const template = `{\n  "Resources": { "ChatRole": { "Type": "AWS::IAM::Role", "Properties": { "Policies": [ { "PolicyName": "chat", "PolicyDocument": {\n    "Version": "2012-10-17",\n    "Statement": [ { "Effect": "Allow", "Action": "connect:StartChatContact",\n      "Resource": { "Fn::Sub": "arn:aws:connect:\${AWS::Region}:\${AWS::AccountId}:instance/x/*" } } ]\n  } } ] } } }\n}\n`;
    const cfn = parseDocument({ uri: 'file:///work/template.json', text: template }, false);
    assert.equal(cfn.policies.length, 1);
    assert.throws(() => submittedPolicy(cfn, cfn.policies[0]), (error: unknown) => error instanceof UnsubmittablePolicyError && /CloudFormation function at line 5/.test(error.message));
  });

  void it('types each context entry from the catalog', async () => {
    reply = allowed;
    const before = iam.requests.length;
    await run();
    const params = iam.requests[before].params;
    const entries = new Map<string, { type: string | null; value: string | null }>();
    for (let i = 1; params.has(`ContextEntries.member.${i}.ContextKeyName`); i++) {
      entries.set(params.get(`ContextEntries.member.${i}.ContextKeyName`) ?? '', {
        type: params.get(`ContextEntries.member.${i}.ContextKeyType`),
        value: params.get(`ContextEntries.member.${i}.ContextKeyValues.member.1`),
      });
    }
    assert.deepEqual(entries.get('connect:InstanceId'), { type: 'string', value: '0c7a4c1e-5f3c-4c8e-9d59-7f0d4a4f3d11' });
    assert.deepEqual(entries.get('aws:SourceIp'), { type: 'ip', value: '203.0.113.7' });
  });

  void it('maps AWS answers back to the source: decision, matched statement offset, missing context', async () => {
    reply = (request) => ({
      status: 200,
      body: simulationXml('SimulateCustomPolicy', {
        action: 'connect:StartChatContact',
        resource: request.params.get('ResourceArns.member.1') ?? '',
        decision: 'implicitDeny',
        matched: [{ policyId: 'PolicyInputList.1', start: [5, 5], end: [10, 6] }],
        missing: ['aws:SourceVpc'],
      }),
    });
    const { results, failure } = await run();
    assert.equal(failure, undefined);
    const answer = results[0].answer;
    assert.equal(answer.decision, 'implicitDeny');
    assert.deepEqual(answer.missingContextValues, ['aws:SourceVpc']);
    assert.equal(answer.matchedStatements[0].source?.uri, 'file:///work/policy.json');
    assert.equal(answer.matchedStatements[0].source?.offset, POLICY_TEXT.indexOf('{\n      "Sid"'));
  });

  void it('sends SimulatePrincipalPolicy with the role ARN for a deployed principal', async () => {
    const role = 'arn:aws:iam::111122223333:role/chat-backend';
    reply = () => ({
      status: 200,
      body: simulationXml('SimulatePrincipalPolicy', { action: 'connect:StartChatContact', resource: FLOW, decision: 'explicitDeny', matched: [{ policyId: 'chat-backend-policy', start: [3, 1], end: [9, 2] }] }),
    });
    const before = iam.requests.length;
    const { results, failure } = await run({ kind: 'principal', principalArn: role });
    assert.equal(failure, undefined);
    assert.equal(iam.requests[before].params.get('Action'), 'SimulatePrincipalPolicy');
    assert.equal(iam.requests[before].params.get('PolicySourceArn'), role);
    assert.equal(iam.requests[before].signatureValid, true);
    assert.equal(results[0].answer.decision, 'explicitDeny');
    assert.equal(results[0].answer.matchedStatements[0].sourcePolicyId, 'chat-backend-policy');
    assert.equal(results[0].answer.matchedStatements[0].source, undefined);
  });

  void it('reports progress per case and keeps the answers gathered before a failure', async () => {
    let calls = 0;
    reply = (request) => (++calls === 1 ? allowed(request) : { status: 400, body: errorXml('MalformedPolicyDocument', 'Syntax errors in policy.') });
    const progress: string[] = [];
    const result = await simulate(customInput, [chatCase, { ...chatCase, label: 'second' }], settings(), service().catalog, {
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    assert.deepEqual(progress, ['1/2']);
    assert.equal(result.results.length, 1);
    assert.equal(result.failure?.kind, 'invalidInput');
    assert.match(result.failure?.message ?? '', /MalformedPolicyDocument.*Syntax errors in policy/);
  });
});

void describe('simulator failures', () => {
  const cases: [string, Reply, RegExp, string, SimulationInput?][] = [
    ['expiredCredentials', { status: 403, body: errorXml('ExpiredToken', 'The security token included in the request is expired') }, /credentials .* have expired \(ExpiredToken\)/, 'ExpiredToken'],
    ['expiredCredentials', { status: 400, body: errorXml('ExpiredTokenException', 'The security token included in the request is expired') }, /have expired \(ExpiredTokenException\)/, 'ExpiredTokenException'],
    ['throttled', { status: 400, body: errorXml('Throttling', 'Rate exceeded') }, /throttled .*\(Throttling\).*Wait a minute/, 'Throttling'],
    ['accessDenied', { status: 403, body: errorXml('AccessDenied', 'User: arn:aws:iam::111122223333:user/dev is not authorized to perform: iam:SimulateCustomPolicy') }, /needs permission "iam:SimulateCustomPolicy" \(on "\*"\)/, 'AccessDenied'],
    [
      'accessDenied',
      { status: 403, body: errorXml('AccessDenied', 'not authorized') },
      /needs permission "iam:SimulatePrincipalPolicy" \(on the role or user being simulated\)/,
      'AccessDenied',
      { kind: 'principal', principalArn: 'arn:aws:iam::111122223333:role/chat-backend' },
    ],
    ['invalidCredentials', { status: 403, body: errorXml('InvalidClientTokenId', 'The security token included in the request is invalid.') }, /rejected the credentials .*\(InvalidClientTokenId\)/, 'InvalidClientTokenId'],
  ];
  for (const [kind, answer, message, code, input] of cases) {
    void it(`${code} from ${input?.kind ?? 'custom'} simulation -> ${kind}`, async () => {
      reply = () => answer;
      const { results, failure } = await run(input);
      assert.equal(results.length, 0);
      assert.equal(failure?.kind, kind);
      assert.equal(failure?.code, code);
      assert.match(failure?.message ?? '', message);
    });
  }

  void it('retries throttling with backoff before giving up', async () => {
    reply = () => ({ status: 400, body: errorXml('Throttling', 'Rate exceeded') });
    const before = iam.requests.length;
    const { failure } = await run(customInput, [chatCase], { maxAttempts: 2 });
    assert.equal(failure?.kind, 'throttled');
    assert.equal(iam.requests.length - before, 2);
  });

  void it('never shows a secret that an error message echoes', async () => {
    const token = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexampleexampleexample';
    reply = () => ({ status: 400, body: errorXml('ValidationError', `bad header x-amz-security-token: ${token} from ASIAEXAMPLEEXAMPLE12`) });
    const { failure } = await run();
    assert.equal(failure?.kind, 'invalidInput');
    assert.doesNotMatch(failure?.message ?? '', /IQoJb3JpZ2lu|ASIAEXAMPLE/);
    assert.doesNotMatch(failure?.message ?? '', new RegExp(credentials.secretAccessKey.replace('+', '\\+')));
  });

  void it('names an unreachable endpoint as a network failure', async () => {
    const closed = await startIamLoopback(credentials, allowed);
    await closed.close();
    const { failure } = await run(customInput, [chatCase], { endpoint: closed.endpoint });
    assert.equal(failure?.kind, 'network');
    assert.equal(failure?.code, 'ECONNREFUSED');
    assert.match(failure?.message ?? '', /Could not reach AWS IAM at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });

  void it('gives up at the deadline when AWS does not answer', async () => {
    reply = () => ({ hang: true });
    const started = Date.now();
    const { failure } = await run(customInput, [chatCase], { timeoutMs: 300 });
    assert.equal(failure?.kind, 'timeout');
    assert.match(failure?.message ?? '', /did not answer within/);
    assert.ok(Date.now() - started < 4_000);
  });

  void it('stops when cancelled', async () => {
    reply = () => ({ hang: true });
    const controller = new AbortController();
    const before = iam.requests.length;
    const pending = run(customInput, [chatCase, chatCase], {}, controller.signal);
    const deadline = Date.now() + 3_000;
    while (iam.requests.length === before && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const { failure, results } = await pending;
    assert.equal(failure?.kind, 'cancelled');
    assert.equal(results.length, 0);
    assert.equal(iam.requests.length - before, 1);
  });
});

void describe('credentials from the default provider chain', () => {
  const saved = { ...process.env };
  let home: string;
  before(() => {
    home = mkdtempSync(join(tmpdir(), 'connect-iam-aws-'));
    for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
    process.env.AWS_CONFIG_FILE = join(home, 'config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = join(home, 'credentials');
    // The chain's last resort is the EC2 instance metadata service; tests stay on loopback.
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    writeFileSync(process.env.AWS_CONFIG_FILE, '');
    writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE, `[loopback]\naws_access_key_id = ${credentials.accessKeyId}\naws_secret_access_key = ${credentials.secretAccessKey}\n`);
  });
  after(() => {
    process.env = saved;
    rmSync(home, { recursive: true, force: true });
  });

  void it('signs with the keys of the configured profile', async () => {
    reply = allowed;
    const before = iam.requests.length;
    const { failure } = await run(customInput, [chatCase], { credentials: undefined, profile: 'loopback' });
    assert.equal(failure, undefined);
    assert.equal(iam.requests[before].accessKeyId, 'AKIDTEST');
    assert.equal(iam.requests[before].signatureValid, true);
  });

  void it('says so when no credentials are found, without calling AWS', async () => {
    reply = allowed;
    const before = iam.requests.length;
    const { failure } = await run(customInput, [chatCase], { credentials: undefined, profile: 'nobody' });
    assert.equal(failure?.kind, 'noCredentials');
    assert.match(failure?.message ?? '', /No AWS credentials were found for profile "nobody".*connectIam\.aws\.profile/);
    assert.equal(iam.requests.length, before);
  });
});
