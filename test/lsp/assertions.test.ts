import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CancellationTokenSource,
  CodeLensRefreshRequest,
  CodeLensRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  RegistrationRequest,
  WorkDoneProgress,
  type ClientCapabilities,
  type CodeLens,
  type Diagnostic,
  type Range,
  type WorkDoneProgressBegin,
  type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';
import { SIMULATE_REQUEST, type SimulateParams, type SimulateResult } from '../../server/lsp/assertionsProtocol';
import { ACTION_NAMES_REQUEST, EXPLAIN_REQUEST, type ActionNameItem, type ExplainParams, type ExplainResult } from '../../server/lsp/explainProtocol';
import { errorXml, simulationXml, startIamLoopback, type IamLoopback, type Reply } from '../simulator/iamLoopback';
import { LanguageServerProcess, PULL_CLIENT, PUSH_CLIENT, waitFor } from './languageServerProcess';

const INSTANCE = 'arn:aws:connect:us-east-1:111122223333:instance/0c7a4c1e-5f3c-4c8e-9d59-7f0d4a4f3d11';
const FLOW = `${INSTANCE}/contact-flow/4b1f1f3e-9a51-4bde-8a44-1c2f7c1b6e2a`;
/** The StartChatContact mistake from DESIGN.md: only the bare instance ARN. */
const BARE_INSTANCE_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowChat",
      "Effect": "Allow",
      "Action": "connect:StartChatContact",
      "Resource": "${INSTANCE}"
    }
  ]
}
`;
const FIXED_POLICY = BARE_INSTANCE_POLICY.replace(`"${INSTANCE}"`, `"${INSTANCE}/contact-flow/*"`);

function testsFile(expectStop: string): string {
  return `{
  "tests": [
    {
      "policy": "chat-backend-policy.json",
      "requests": [
        { "name": "widget starts a chat", "action": "connect:StartChatContact", "resource": "${FLOW}", "expect": "allowed" },
        { "name": "no stopping contacts", "action": "connect:StopContact", "resource": "${INSTANCE}/contact/1", "expect": "${expectStop}" }
      ]
    }
  ]
}
`;
}

const CAPABILITIES: ClientCapabilities = {
  ...PULL_CLIENT,
  workspace: {
    ...PULL_CLIENT.workspace,
    codeLens: { refreshSupport: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
};

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'lsp/test/secret' };
let folder: string;
let policyUri: string;
let testsUri: string;
let server: LanguageServerProcess;
let iam: IamLoopback;
let reply: () => Reply = () => ({ status: 500, body: errorXml('InternalFailure', 'no reply set', 'Receiver') });
const registrations: string[] = [];
let codeLensRefreshes = 0;
const savedEnv = { ...process.env };

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'connect-iam-assertions-'));
  writeFileSync(join(folder, 'chat-backend-policy.json'), BARE_INSTANCE_POLICY);
  writeFileSync(join(folder, 'connect-iam.tests.json'), testsFile('denied'));
  policyUri = pathToFileURL(join(folder, 'chat-backend-policy.json')).toString();
  testsUri = pathToFileURL(join(folder, 'connect-iam.tests.json')).toString();
  iam = await startIamLoopback(credentials, () => reply());
  // The server reads credentials through the SDK's default chain from its environment.
  for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey, AWS_EC2_METADATA_DISABLED: 'true' });
  server = LanguageServerProcess.start();
  process.env = savedEnv;
  server.connection.onRequest(RegistrationRequest.type, (params) => void registrations.push(...params.registrations.map((r) => r.method)));
  server.connection.onRequest(CodeLensRefreshRequest.type, () => void codeLensRefreshes++);
  await server.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(folder).toString(),
    capabilities: CAPABILITIES,
    workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'chat' }],
  });
  await server.connection.sendNotification(InitializedNotification.type, {});
});

after(async () => {
  await server.stop();
  await iam.close();
  rmSync(folder, { recursive: true, force: true });
});

const assertionFindings = (items: Diagnostic[]) => items.filter((d) => d.code === 'assertion-failed');
const textAt = (text: string, range: Range) => text.split('\n')[range.start.line].slice(range.start.character, range.end.line === range.start.line ? range.end.character : undefined);

async function pulledAssertions(uri: string, accept: (items: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  let last: Diagnostic[] = [];
  return waitFor(`assertion diagnostics of ${uri}; last: ${JSON.stringify(last)}`, async () => {
    last = assertionFindings(await server.pullItems(uri));
    return accept(last) ? last : undefined;
  });
}

void describe('live assertions over LSP', () => {
  void it('finds the workspace tests file and marks the Resource that makes an assertion fail', async () => {
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: policyUri, languageId: 'json', version: 1, text: BARE_INSTANCE_POLICY } });
    const [finding] = await pulledAssertions(policyUri, (items) => items.length > 0);
    assert.equal(finding.severity, 2);
    assert.equal(finding.source, 'connect-iam');
    assert.equal(textAt(BARE_INSTANCE_POLICY, finding.range), `"${INSTANCE}"`);
    assert.match(String(finding.message), /^Assertion "widget starts a chat" in connect-iam\.tests\.json fails\. Expected allowed, but the request is implicitDeny/);
    assert.match(finding.codeDescription?.href ?? '', /docs\/rules\/assertion-failed\.md$/);
    assert.equal(finding.relatedInformation?.[0].location.uri, testsUri);
    assert.ok(registrations.includes(DidChangeWatchedFilesNotification.method), `registered: ${registrations.join(', ')}`);
  });

  void it('marks the failing assertion in the tests file and shows each result in a CodeLens', async () => {
    const text = testsFile('denied');
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: testsUri, languageId: 'json', version: 1, text } });
    const [finding] = await pulledAssertions(testsUri, (items) => items.length > 0);
    assert.equal(finding.severity, 1);
    assert.equal(textAt(text, finding.range), '"allowed"');
    assert.match(String(finding.message), /^widget starts a chat: Expected allowed, but the request is implicitDeny/);
    const lenses = (await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: testsUri } })) ?? [];
    const titles = lenses.map((lens: CodeLens) => lens.command?.title);
    assert.deepEqual(titles, ['Check with the AWS IAM policy simulator', '✗ expected allowed, got implicitDeny', '✓ implicitDeny']);
    const failing = lenses[1];
    assert.equal(failing.range.start.line, text.split('\n').findIndex((line) => line.includes('widget starts a chat')));
    assert.equal(failing.command?.command, 'connectIam.revealRange');
    const [uri, range] = failing.command?.arguments as [string, Range];
    assert.equal(uri, policyUri);
    assert.equal(textAt(BARE_INSTANCE_POLICY, range), `"${INSTANCE}"`);
  });

  void it('stays silent where connectIam.enable is false', async () => {
    server.settings = { enable: false };
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await pulledAssertions(testsUri, (items) => items.length === 0);
    assert.deepEqual(await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: testsUri } }), []);
    server.settings = {};
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await pulledAssertions(testsUri, (items) => items.length === 1);
  });

  void it('re-evaluates as the policy is edited and refreshes the tests file', async () => {
    // The editor pulls again with the result id it holds: the tests file's text is unchanged, its findings are not.
    const held = await server.pull(testsUri);
    assert.equal(held.kind, 'full');
    const refreshesBefore = server.refreshRequests;
    const lensRefreshesBefore = codeLensRefreshes;
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: policyUri, version: 2 }, contentChanges: [{ text: FIXED_POLICY }] });
    await pulledAssertions(policyUri, (items) => items.length === 0);
    await pulledAssertions(testsUri, (items) => items.length === 0);
    await waitFor('a diagnostics and a CodeLens refresh', () => (server.refreshRequests > refreshesBefore && codeLensRefreshes > lensRefreshesBefore ? true : undefined));
    const again = await server.pull(testsUri, held.resultId);
    assert.equal(again.kind, 'full', 'a pull with the old result id must not be answered "unchanged"');
    assert.deepEqual(again.kind === 'full' ? assertionFindings(again.items) : undefined, []);
    const settled = await server.pull(testsUri, again.resultId);
    assert.equal(settled.kind, 'unchanged', 'nothing changed since the last pull');
    const lenses = (await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: testsUri } })) ?? [];
    assert.deepEqual(lenses.map((lens: CodeLens) => lens.command?.title).slice(1), ['✓ allowed', '✓ implicitDeny']);
  });

  void it('follows a tests file changed on disk while closed', async () => {
    const other = pathToFileURL(join(folder, 'team', 'connect-iam.tests.json')).toString();
    mkdirSync(join(folder, 'team'));
    writeFileSync(join(folder, 'team', 'connect-iam.tests.json'), `{ "tests": [ { "policy": "../chat-backend-policy.json", "requests": [ { "action": "connect:StartChatContact", "resource": "${FLOW}", "expect": "explicitDeny" } ] } ] }`);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: other, type: FileChangeType.Created }] });
    const [finding] = await pulledAssertions(policyUri, (items) => items.length > 0);
    assert.match(String(finding.message), /^Assertion "connect:StartChatContact on arn:.*" in connect-iam\.tests\.json fails\. Expected explicitDeny, but the request is allowed/);
    assert.equal(finding.relatedInformation?.[0].location.uri, other);
    // The Allow statement lets the forbidden request through: the finding is on that statement.
    assert.match(textAt(FIXED_POLICY, finding.range), /^\{/);
    rmSync(join(folder, 'team'), { recursive: true });
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: other, type: FileChangeType.Deleted }] });
    await pulledAssertions(policyUri, (items) => items.length === 0);
  });
});

void describe('live assertions with pushed diagnostics', () => {
  let pushServer: LanguageServerProcess;
  before(async () => {
    writeFileSync(join(folder, 'chat-backend-policy.json'), BARE_INSTANCE_POLICY);
    pushServer = LanguageServerProcess.start();
    await pushServer.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).toString(),
      capabilities: PUSH_CLIENT,
      workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'chat' }],
    });
    await pushServer.connection.sendNotification(InitializedNotification.type, {});
  });
  after(async () => {
    await pushServer.stop();
  });

  const published = (uri: string, count: number) =>
    waitFor(`${count} assertion finding(s) published for ${uri}`, () => {
      const items = assertionFindings(pushServer.published.get(uri)?.diagnostics ?? []);
      return items.length === count ? items : undefined;
    });

  void it('publishes the tests file again when the policy it names is edited', async () => {
    const text = testsFile('denied');
    await pushServer.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: testsUri, languageId: 'json', version: 1, text } });
    await pushServer.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: policyUri, languageId: 'json', version: 1, text: BARE_INSTANCE_POLICY } });
    const [inTests] = await published(testsUri, 1);
    assert.equal(textAt(text, inTests.range), '"allowed"');
    await published(policyUri, 1);
    await pushServer.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: policyUri, version: 2 }, contentChanges: [{ text: FIXED_POLICY }] });
    await published(policyUri, 0);
    await published(testsUri, 0);
    // Closed unsaved, the policy is its saved text again, and the tests file fails again.
    await pushServer.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: policyUri } });
    await published(testsUri, 1);
  });
});

void describe('Explain access over LSP', () => {
  void it('explains the decision and points at the deciding entry', async () => {
    const params: ExplainParams = { uri: testsUri.replace('connect-iam.tests.json', 'chat-backend-policy.json'), action: 'connect:StartChatContact', resource: `${INSTANCE}/contact-flow/x` };
    const result: ExplainResult = await server.connection.sendRequest(EXPLAIN_REQUEST, params);
    assert.equal(result.error, undefined);
    assert.equal(result.decision, 'allowed');
    assert.match(result.text, /^connect:StartChatContact on arn:.*\nDecision: allowed\n/);
    assert.equal(result.statements.length, 1);
    assert.equal(result.deciding?.start.line, 3);
    const denied: ExplainResult = await server.connection.sendRequest(EXPLAIN_REQUEST, { ...params, action: 'connect:StopContact' });
    assert.equal(denied.decision, 'implicitDeny');
    assert.ok(denied.reasons.length > 0);
  });

  void it('reads the context as KEY=VALUE entries and names a malformed one', async () => {
    const params: ExplainParams = { uri: policyUri, action: 'connect:StartChatContact', resource: FLOW, context: ['aws:SourceIp=203.0.113.7', 'aws:TagKeys=a', 'aws:TagKeys=b'] };
    const result: ExplainResult = await server.connection.sendRequest(EXPLAIN_REQUEST, params);
    assert.match(result.text, /^connect:StartChatContact on arn:\S+ with aws:SourceIp=203\.0\.113\.7, aws:TagKeys=a,b\n/);
    const malformed: ExplainResult = await server.connection.sendRequest(EXPLAIN_REQUEST, { ...params, context: ['aws:SourceIp'] });
    assert.equal(malformed.error, 'Context entry "aws:SourceIp" must be KEY=VALUE, such as aws:SourceIp=203.0.113.7.');
  });

  void it('says so when the document holds no policy', async () => {
    const result: ExplainResult = await server.connection.sendRequest(EXPLAIN_REQUEST, { uri: testsUri, action: 'connect:StartChatContact', resource: FLOW });
    assert.match(result.error ?? '', /holds no IAM policy/);
  });

  void it('offers action names from the catalog', async () => {
    const items: ActionNameItem[] = await server.connection.sendRequest(ACTION_NAMES_REQUEST, { query: 'connect:startch' });
    assert.equal(items[0].name, 'connect:StartChatContact');
    assert.ok(items[0].resourceTemplates.some((t) => t.includes('contact-flow/${ContactFlowId}')));
    const bare: ActionNameItem[] = await server.connection.sendRequest(ACTION_NAMES_REQUEST, { query: 'connect-camp' });
    assert.ok(bare.length > 0 && bare.every((item) => item.name.startsWith('connect-campaigns')));
  });
});

void describe('AWS simulator over LSP', () => {
  const simulateParams = (): SimulateParams => ({ uri: policyUri, aws: { endpoint: iam.endpoint, region: 'us-east-1' } });

  void it('checks the policy assertions with SimulateCustomPolicy and reports a disagreement', async () => {
    // Our evaluator allows the first request (the policy is fixed by now); this AWS says implicitDeny.
    // AWS points at the statement by line and column of the policy text it was sent (line 4, column 5: its "{").
    const matched = [{ policyId: 'PolicyInputList.1', start: [4, 5] as [number, number], end: [9, 6] as [number, number] }];
    let calls = 0;
    reply = () =>
      ++calls === 1
        ? { status: 200, body: simulationXml('SimulateCustomPolicy', { action: 'connect:StartChatContact', resource: FLOW, decision: 'implicitDeny', missing: ['aws:SourceIp'] }) }
        : { status: 200, body: simulationXml('SimulateCustomPolicy', { action: 'connect:StopContact', resource: `${INSTANCE}/contact/1`, decision: 'implicitDeny', matched }) };
    const before = iam.requests.length;
    const progress: (WorkDoneProgressBegin | WorkDoneProgressReport | { kind: 'end' })[] = [];
    const token = 'simulate-1';
    const listening = server.connection.onProgress(WorkDoneProgress.type, token, (value) => void progress.push(value));
    const result: SimulateResult = await server.connection.sendRequest(SIMULATE_REQUEST, { ...simulateParams(), workDoneToken: token });
    listening.dispose();
    assert.equal(result.failure, undefined, result.text);
    assert.equal(iam.requests.length - before, 2);
    assert.ok(iam.requests.slice(before).every((r) => r.signatureValid && r.accessKeyId === 'AKIDTEST'));
    assert.deepEqual(JSON.parse(iam.requests[before].params.get('PolicyInputList.member.1') ?? ''), JSON.parse(FIXED_POLICY));
    assert.equal(result.disagreed, 1);
    assert.equal(result.agreed, 1);
    assert.match(result.text, /AWS disagrees with Connect IAM on 1 of 2 request\(s\)\./);
    assert.match(result.text, /✗ widget starts a chat: connect:StartChatContact on .*: AWS says implicitDeny, Connect IAM says allowed/);
    assert.match(result.text, /AWS had no value for aws:SourceIp/);
    assert.match(result.text, /✓ no stopping contacts: .*both say implicitDeny\n    AWS matched: statement 1 \(Sid "AllowChat"\) of identity policy chat-backend-policy\.json\n/);
    await waitFor('the progress end', () => (progress.some((p) => p.kind === 'end') ? true : undefined));
    assert.deepEqual(progress.map((p) => p.kind), ['begin', 'report', 'report', 'end']);
  });

  void it('returns the failure message, and stops when the request is cancelled', async () => {
    reply = () => ({ status: 403, body: errorXml('AccessDenied', 'User: arn:aws:iam::111122223333:user/dev is not authorized to perform: iam:SimulateCustomPolicy') });
    const denied: SimulateResult = await server.connection.sendRequest(SIMULATE_REQUEST, simulateParams());
    assert.equal(denied.failure?.kind, 'accessDenied');
    assert.match(denied.text, /needs permission "iam:SimulateCustomPolicy"/);

    reply = () => ({ hang: true });
    const before = iam.requests.length;
    const source = new CancellationTokenSource();
    const pending = server.connection.sendRequest(SIMULATE_REQUEST, simulateParams(), source.token) as Promise<SimulateResult>;
    await waitFor('the simulator call to reach AWS', () => (iam.requests.length > before ? true : undefined));
    source.cancel();
    // The server answers the cancelled request with what it has: the run stopped, no answers.
    const cancelled = await pending;
    assert.equal(cancelled.failure?.kind, 'cancelled');
    assert.equal(cancelled.agreed + cancelled.disagreed, 0);
    assert.equal(iam.requests.length - before, 1);
  });

  void it('checks a typed request against a deployed role with SimulatePrincipalPolicy', async () => {
    const role = 'arn:aws:iam::111122223333:role/chat-backend';
    reply = () => ({ status: 200, body: simulationXml('SimulatePrincipalPolicy', { action: 'connect:StartChatContact', resource: FLOW, decision: 'explicitDeny', matched: [{ policyId: 'deny-outside-office', start: [3, 5], end: [9, 6] }] }) });
    const before = iam.requests.length;
    const params: SimulateParams = { ...simulateParams(), principalArn: role, request: { action: 'connect:StartChatContact', resource: FLOW } };
    const result: SimulateResult = await server.connection.sendRequest(SIMULATE_REQUEST, params);
    assert.equal(iam.requests.length - before, 1);
    assert.equal(iam.requests[before].params.get('Action'), 'SimulatePrincipalPolicy');
    assert.equal(iam.requests[before].params.get('PolicySourceArn'), role);
    assert.equal(result.disagreed, 1);
    assert.match(result.text, /^AWS IAM policy simulator \(SimulatePrincipalPolicy\) for arn:aws:iam::111122223333:role\/chat-backend, compared with chat-backend-policy\.json/);
    assert.match(result.text, /AWS says explicitDeny, Connect IAM says allowed/);
    assert.match(result.text, /AWS matched: deny-outside-office \(IAM Policy\) at line 3/);
    assert.match(result.text, /AWS evaluated the policies attached to arn:aws:iam::111122223333:role\/chat-backend as deployed now, not the policy in this file; the deployed policies differ from this file\./);
  });

  void it('asks for assertions when there are none', async () => {
    const other = pathToFileURL(join(folder, 'other-policy.json')).toString();
    const result: SimulateResult = await server.connection.sendRequest(SIMULATE_REQUEST, { ...simulateParams(), uri: other });
    assert.match(result.error ?? '', /There are no assertions about other-policy\.json/);
  });
});
