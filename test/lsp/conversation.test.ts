import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  type ClientCapabilities,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type Position,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fillInstanceArn, INSTANCE_ARN_EXAMPLE } from '../../client/instanceArn';
import { statusText } from '../../client/statusText';
import { ACTION_NAMES_REQUEST, type ActionNameItem } from '../../server/lsp/explainProtocol';
import { STATUS_REQUEST, type StatusResult } from '../../server/lsp/statusProtocol';
import { LanguageServerProcess, PULL_CLIENT, PUSH_CLIENT, waitFor } from './languageServerProcess';

const POLICY_URI = 'file:///workspace/chat-backend-policy.json';
const POLICY_WITH_ERROR = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "StartChat",
      "Effect": "allow",
      "Action": "connect:StartChatContact",
      "Resource": "arn:aws:connect:us-east-1:123456789012:instance/0b3c9f6e-5a1d-4c2b-9e8f-7a6b5c4d3e2f/contact-flow/*"
    }
  ]
}
`;
const FIXED_POLICY = POLICY_WITH_ERROR.replace('"allow"', '"Allow"');
const PACKAGE_JSON = `{
  "name": "chat-widget",
  "version": "1.0.0",
  "scripts": { "build": "tsc -p ." },
  "dependencies": { "amazon-connect-chatjs": "^3.0.0" }
}
`;
/** Chat for every Connect instance in the account: the fix asks the user which instance. */
const WILDCARD_CHAT_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "connect:StartChatContact", "Resource": "*" }
  ]
}
`;
/** Not a policy (no Statement), with a JSON syntax error: silent unless connectIam.files claims it. */
const DRAFT_WITHOUT_STATEMENT = '{\n  "Version": "2012-10-17"\n  "Draft": true\n}\n';

/** How each diagnostics model shows results and reacts to a settings change. */
interface DiagnosticsModel {
  name: string;
  capabilities: ClientCapabilities;
  /** Waits until the diagnostics for `uri` (at `version`) satisfy `accept`. */
  diagnostics(server: LanguageServerProcess, uri: string, version: number, accept: (items: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
  changeSettings(server: LanguageServerProcess, section: unknown): Promise<void>;
}

const pullModel: DiagnosticsModel = {
  name: 'pull diagnostics (textDocument/diagnostic)',
  capabilities: PULL_CLIENT,
  async diagnostics(server, uri, _version, accept) {
    let last: Diagnostic[] = [];
    return waitFor(() => `pulled diagnostics of ${uri} to match; last: ${JSON.stringify(last)}`, async () => {
      last = await server.pullItems(uri);
      return accept(last) ? last : undefined;
    });
  },
  async changeSettings(server, section) {
    const refreshesBefore = server.refreshRequests;
    server.settings = section;
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await waitFor('a workspace/diagnostic/refresh request after the settings change', () => (server.refreshRequests > refreshesBefore ? true : undefined));
  },
};

const pushModel: DiagnosticsModel = {
  name: 'push diagnostics (publishDiagnostics)',
  capabilities: PUSH_CLIENT,
  async diagnostics(server, uri, version, accept) {
    return waitFor(() => `published diagnostics of ${uri} version ${version} to match; last: ${JSON.stringify(server.published.get(uri))}`, () => {
      const published = server.published.get(uri);
      return published && published.version === version && accept(published.diagnostics) ? published.diagnostics : undefined;
    });
  },
  async changeSettings(server, section) {
    // Whatever is published from now on comes from the new settings.
    server.published.clear();
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { connectIam: section } });
  },
};

for (const model of [pullModel, pushModel]) {
  void describe(`LSP conversation over stdio, ${model.name}`, () => {
    let server: LanguageServerProcess;
    let effectDiagnostic: Diagnostic;
    let version = 1;

    const open = (uri: string, text: string) =>
      server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'json', version: 1, text } });
    const byCode = (code: string) => (items: Diagnostic[]) => items.some((d) => d.code === code);
    const withoutCode = (code: string) => (items: Diagnostic[]) => !items.some((d) => d.code === code);

    before(() => {
      server = LanguageServerProcess.start();
    });
    after(() => server.kill());

    void it('initializes with the capabilities this client can use', async () => {
      const { capabilities } = await server.initialize(model.capabilities);
      assert.deepEqual(capabilities.completionProvider?.triggerCharacters, ['"', ':']);
      assert.equal(capabilities.hoverProvider, true);
      assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll'] });
      assert.equal(capabilities.diagnosticProvider !== undefined, model === pullModel);
    });

    void it('reports the invalid Effect of an opened policy, as LSP expects it', async () => {
      await open(POLICY_URI, POLICY_WITH_ERROR);
      const items = await model.diagnostics(server, POLICY_URI, 1, byCode('effect-invalid'));
      effectDiagnostic = items.find((d) => d.code === 'effect-invalid')!;
      assert.equal(effectDiagnostic.severity, 1);
      assert.equal(effectDiagnostic.source, 'connect-iam');
      // The installed docs page, opened by the editor without network.
      const docsPage = effectDiagnostic.codeDescription?.href ?? '';
      assert.match(docsPage, /^file:\/\/\/.*\/docs\/rules\/effect-invalid\.md$/);
      assert.ok(existsSync(fileURLToPath(docsPage)), docsPage);
      assert.deepEqual(effectDiagnostic.range, rangeOf(POLICY_WITH_ERROR, '"allow"'));
    });

    if (model === pullModel) {
      void it('answers "unchanged" when the client already has the current result', async () => {
        const first = await server.pull(POLICY_URI);
        assert.equal(first.kind, 'full');
        const second = await server.pull(POLICY_URI, first.resultId);
        assert.deepEqual(second, { kind: 'unchanged', resultId: first.resultId });
      });
    }

    void it('explains the action under the cursor in a markdown hover', async () => {
      const hover = await server.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: POLICY_URI },
        position: positionOf(POLICY_WITH_ERROR, 'StartChatContact', 5),
      });
      assert.ok(hover, 'expected a hover on connect:StartChatContact');
      assert.ok(typeof hover.contents === 'object' && 'kind' in hover.contents, 'expected MarkupContent');
      assert.equal(hover.contents.kind, 'markdown');
      assert.match(hover.contents.value, /StartChatContact/);
    });

    void it('completes actions after a service prefix, with LSP item kinds', async () => {
      const result = await server.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri: POLICY_URI },
        position: positionOf(POLICY_WITH_ERROR, 'StartChatContact'),
        context: { triggerKind: 2, triggerCharacter: ':' },
      });
      const items: CompletionItem[] = Array.isArray(result) ? result : (result?.items ?? []);
      const offered = items.map((item) => `${item.label} ${item.textEdit?.newText ?? item.insertText ?? ''}`);
      assert.ok(offered.some((text) => text.includes('StartChatContact')), `StartChatContact not offered: ${offered.slice(0, 20).join(', ')}`);
      for (const item of items) assert.ok(item.kind !== undefined && item.kind >= 1 && item.kind <= 25, `bad kind on ${item.label}`);
    });

    void it('offers a quick fix for the diagnostic, keyed by uri, that writes "Allow"', async () => {
      const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: POLICY_URI },
        range: effectDiagnostic.range,
        context: { diagnostics: [effectDiagnostic, { ...effectDiagnostic, source: 'another-linter' }] },
      })) as CodeAction[];
      const quickFixes = actions.filter((action) => action.kind === 'quickfix');
      assert.ok(quickFixes.length > 0, `no quick fix in ${JSON.stringify(actions)}`);
      const fix = quickFixes[0];
      assert.deepEqual(fix.diagnostics, [effectDiagnostic]);
      assert.equal(applyAction(POLICY_WITH_ERROR, fix), FIXED_POLICY);
    });

    void it('offers source.fixAll when asked for it', async () => {
      const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: POLICY_URI },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      assert.deepEqual(actions.map((action) => action.kind), ['source.fixAll']);
      assert.equal(applyAction(POLICY_WITH_ERROR, actions[0]), FIXED_POLICY);
    });

    void it(model === pullModel ? 'says why source.fixAll has nothing safe to apply' : 'offers no disabled action to a client that cannot show why', async () => {
      const uri = 'file:///workspace/wildcard-chat-policy.json';
      await open(uri, WILDCARD_CHAT_POLICY);
      const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      if (model === pushModel) return assert.deepEqual(actions, []);
      assert.deepEqual(actions.map((action) => action.kind), ['source.fixAll']);
      assert.equal(actions[0].edit, undefined);
      assert.match(actions[0].disabled?.reason ?? '', /no fix that is safe to apply without you: it has quick fixes to choose from/);
    });

    void it('drops a rule turned off in the settings, without a restart', async () => {
      await model.changeSettings(server, { rules: { 'effect-invalid': 'off' } });
      await model.diagnostics(server, POLICY_URI, 1, withoutCode('effect-invalid'));
    });

    void it('survives malformed settings: ignores them, logs each, shows one warning', async () => {
      await model.changeSettings(server, { enable: 'yes', rules: { 'no-such-rule': 'error', 'effect-invalid': 'loud' }, files: 'policies/*.json' });
      const items = await model.diagnostics(server, POLICY_URI, 1, byCode('effect-invalid'));
      assert.equal(items.find((d) => d.code === 'effect-invalid')?.severity, 1, 'the rule keeps its default severity');
      const warnings = server.logMessages.filter((m) => m.type === 2).map((m) => m.message).join('\n');
      for (const expected of ['connectIam.enable', 'no-such-rule', '"loud"', 'connectIam.files']) {
        assert.ok(warnings.includes(expected), `no warning about ${expected} in:\n${warnings}`);
      }
      await model.changeSettings(server, { rules: { 'json-syntax': 42 } });
      // Settings are read when diagnostics are next computed; warnings come before the results.
      await model.diagnostics(server, POLICY_URI, 1, byCode('effect-invalid'));
      assert.ok(server.logMessages.some((m) => m.message.includes('connectIam.rules.json-syntax')), 'the new problem is logged');
      assert.equal(server.shownMessages.filter((m) => m.type === 2).length, 1, 'one pop-up per session');
    });

    void it('clears the diagnostics when an edit fixes the policy', async () => {
      await model.changeSettings(server, {});
      await model.diagnostics(server, POLICY_URI, version, byCode('effect-invalid'));
      version++;
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: POLICY_URI, version },
        contentChanges: [{ range: effectDiagnostic.range, text: '"Allow"' }],
      });
      await model.diagnostics(server, POLICY_URI, version, (items) => items.length === 0);
    });

    if (model === pushModel) {
      void it('publishes once for a burst of edits, for the last version', async () => {
        const uri = 'file:///workspace/typing.json';
        await open(uri, POLICY_WITH_ERROR);
        await model.diagnostics(server, uri, 1, byCode('effect-invalid'));
        const burst = ['"Al"', '"All"', '"Allo"', '"Allow"'];
        await Promise.all(
          burst.map((text, i) =>
            server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
              textDocument: { uri, version: i + 2 },
              contentChanges: [{ text: POLICY_WITH_ERROR.replace('"allow"', text) }],
            }),
          ),
        );
        await model.diagnostics(server, uri, burst.length + 1, (items) => items.length === 0);
        const versions = server.publications.filter((p) => p.uri === uri).map((p) => p.version);
        assert.deepEqual(versions, [1, burst.length + 1], 'intermediate versions are not published');
      });
    }

    void it('says nothing about a package.json', async () => {
      const uri = 'file:///workspace/package.json';
      await open(uri, PACKAGE_JSON);
      await model.diagnostics(server, uri, 1, (items) => items.length === 0);
      assert.equal(server.published.get(uri)?.diagnostics.length ?? 0, 0);
    });

    void it('offers snippets as LSP snippets in a new policy file, and none in a package.json', async () => {
      const complete = async (uri: string, text: string, at: string) => {
        const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, at) });
        return Array.isArray(result) ? result : (result?.items ?? []);
      };
      const uri = 'file:///workspace/new-policy.json';
      const empty = '{}';
      await open(uri, empty);
      const items = await complete(uri, empty, '}');
      assert.deepEqual(
        items.map((item) => item.label),
        ['Version', 'Id', 'Statement', 'iam-policy'],
      );
      const snippet = items.find((item) => item.label === 'iam-policy');
      assert.equal(snippet?.kind, 15);
      assert.equal(snippet?.insertTextFormat, 2);
      const packageItems = await complete('file:///workspace/package.json', PACKAGE_JSON, '}');
      assert.deepEqual(packageItems, []);
    });

    void it('answers the status item: the policies in the file and the date of the AWS data', async () => {
      const status = (await server.connection.sendRequest(STATUS_REQUEST, { uri: POLICY_URI })) as StatusResult;
      assert.equal(status.enabled, true);
      assert.equal(status.policies, 1);
      assert.match(status.dataDate, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(statusText(status), '1 IAM policy');
      const plain = (await server.connection.sendRequest(STATUS_REQUEST, { uri: 'file:///workspace/package.json' })) as StatusResult;
      assert.equal(statusText(plain), 'No IAM policy');
    });

    void it("starts the Explain picker from the policy's own actions, and finds an action typed without its service", async () => {
      const uri = 'file:///workspace/reader-policy.json';
      await open(uri, '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "connect:StopContact"], "Resource": "*"}]}');
      const own = (await server.connection.sendRequest(ACTION_NAMES_REQUEST, { query: '', uri })) as ActionNameItem[];
      assert.deepEqual(
        own.slice(0, 2).map((item) => item.name),
        ['s3:GetObject', 'connect:StopContact'],
      );
      const bare = (await server.connection.sendRequest(ACTION_NAMES_REQUEST, { query: 'StartChat' })) as ActionNameItem[];
      assert.ok(bare.some((item) => item.name === 'connect:StartChatContact'), bare.map((item) => item.name).join(', '));
    });

    void it('passes a fix\'s client command through: askInstanceArn fills in the instance the user enters', async () => {
      const uri = 'file:///workspace/chat-wildcard.json';
      await open(uri, WILDCARD_CHAT_POLICY);
      const items = await model.diagnostics(server, uri, 1, byCode('resource-wildcard-scope'));
      const diagnostic = items.find((d) => d.code === 'resource-wildcard-scope')!;
      const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      })) as CodeAction[];
      const command = actions.map((action) => action.command).find((c) => c?.command === 'connectIam.askInstanceArn');
      assert.ok(command?.arguments, `no askInstanceArn command in ${JSON.stringify(actions)}`);
      const [commandUri, range, template] = command.arguments as [string, Range, string];
      assert.equal(commandUri, uri);
      assert.deepEqual(range, diagnostic.range);
      // What the client command does once the user has entered an ARN.
      const edited = TextDocument.applyEdits(TextDocument.create(uri, 'json', 1, WILDCARD_CHAT_POLICY), [{ range, newText: fillInstanceArn(template, INSTANCE_ARN_EXAMPLE) }]);
      assert.ok(edited.includes(`${INSTANCE_ARN_EXAMPLE}/contact-flow/`), edited);
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
      await model.diagnostics(server, uri, 2, withoutCode('resource-wildcard-scope'));
    });

    void it('checks files matched by connectIam.files as policies, with per-rule severity', async () => {
      await model.changeSettings(server, { files: ['**/policies/*.json'], rules: { 'json-syntax': 'warning' } });
      const claimed = 'file:///workspace/policies/draft.json';
      const unclaimed = 'file:///workspace/notes/draft.json';
      await open(claimed, DRAFT_WITHOUT_STATEMENT);
      await open(unclaimed, DRAFT_WITHOUT_STATEMENT);
      const items = await model.diagnostics(server, claimed, 1, byCode('json-syntax'));
      assert.equal(items.find((d) => d.code === 'json-syntax')?.severity, 2);
      await model.diagnostics(server, unclaimed, 1, (found) => found.length === 0);
    });

    void it('skips a document over 5 MB with one information diagnostic', async () => {
      const uri = 'file:///workspace/huge-template.json';
      const huge = `{ "Statement": [], "Padding": "${'x'.repeat(5 * 1024 * 1024)}" }`;
      const started = Date.now();
      await open(uri, huge);
      const items = await model.diagnostics(server, uri, 1, (found) => found.length > 0);
      assert.deepEqual(items.map((d) => [d.code, d.severity]), [['document-too-large', 3]]);
      assert.ok(Date.now() - started < 5000, 'skipping must be quick');
    });

    void it('answers requests about unknown documents with empty results', async () => {
      const uri = 'file:///workspace/never-opened.json';
      assert.equal(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
      assert.deepEqual(await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }), []);
    });

    void it('shuts down and exits with code 0', async () => {
      assert.equal(await server.stop(), 0, server.errorOutput());
    });
  });
}

function positionOf(text: string, needle: string, plus = 0): Position {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in the text`);
  return TextDocument.create('file:///x', 'json', 1, text).positionAt(offset + plus);
}

function rangeOf(text: string, needle: string) {
  return { start: positionOf(text, needle), end: positionOf(text, needle, needle.length) };
}

function applyAction(text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[POLICY_URI];
  assert.ok(edits && edits.length > 0, `no edits for ${POLICY_URI} in ${JSON.stringify(action)}`);
  return TextDocument.applyEdits(TextDocument.create(POLICY_URI, 'json', 1, text), edits);
}
