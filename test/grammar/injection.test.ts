import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const root = join(__dirname, '..', '..');
const INJECTION = join(root, 'syntaxes', 'iam-policy.injection.tmLanguage.json');
const BASE = join(__dirname, 'fixtures', 'json.tmLanguage.json');

let grammar: IGrammar;
let jsoncGrammar: IGrammar;

/** The JSON fixture as VS Code's JSONC grammar names things: source.json.comments, string.quoted.double.json.comments, ... */
function asJsonc(raw: string): string {
  return raw.replace(/"source\.json"/, '"source.json.comments"').replace(/(\.json)(?=[" ])/g, '$1.comments');
}

before(async () => {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (patterns: string[]) => new OnigScanner(patterns), createOnigString: (s: string) => new OnigString(s) }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'source.json.comments') return parseRawGrammar(asJsonc(readFileSync(BASE, 'utf8')), 'jsonc.tmLanguage.json');
      const file = scopeName === 'source.json' ? BASE : scopeName === 'connect-iam.injection' ? INJECTION : undefined;
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    // As package.json's injectTo says.
    getInjections: (scopeName) => (scopeName === 'source.json' || scopeName === 'source.json.comments' ? ['connect-iam.injection'] : undefined),
  });
  const loaded = await registry.loadGrammar('source.json');
  const loadedJsonc = await registry.loadGrammar('source.json.comments');
  assert.ok(loaded && loadedJsonc);
  grammar = loaded;
  jsoncGrammar = loadedJsonc;
});

/** The scopes of the first token whose text is `text` on a one-line document. */
function scopesOf(line: string, text: string, occurrence = 0, using: IGrammar = grammar): string[] {
  const { tokens } = using.tokenizeLine(line, INITIAL);
  const matching = tokens.filter((t) => line.slice(t.startIndex, t.endIndex) === text);
  assert.ok(matching[occurrence], `no token "${text}" in ${JSON.stringify(tokens.map((t) => line.slice(t.startIndex, t.endIndex)))}`);
  return matching[occurrence].scopes;
}

const has = (scopes: string[], scope: string) => scopes.some((s) => s === scope || s.startsWith(`${scope} `) || s.split(' ').includes(scope));

void describe('IAM policy injection grammar', () => {
  const action = '{"Action": ["connect:StartChatContact", "connect:Start*"]}';
  void it('scopes the service and action parts of an action string', () => {
    assert.ok(has(scopesOf(action, 'connect'), 'entity.name.namespace.service.iam'));
    assert.ok(has(scopesOf(action, 'StartChatContact'), 'entity.name.function.action.iam'));
    assert.ok(has(scopesOf(action, ':'), 'punctuation.separator.action.iam') || has(scopesOf(action, ':', 1), 'punctuation.separator.action.iam'));
    assert.ok(has(scopesOf(action, '*'), 'keyword.operator.wildcard.iam'));
  });

  const arn = '{"Resource": "arn:aws:connect:us-east-1:123456789012:instance/4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d/contact-flow/*"}';
  void it('scopes each part of an ARN', () => {
    assert.ok(has(scopesOf(arn, 'arn'), 'keyword.other.arn.iam'));
    assert.ok(has(scopesOf(arn, 'aws'), 'constant.language.partition.arn.iam'));
    assert.ok(has(scopesOf(arn, 'connect'), 'entity.name.namespace.service.arn.iam'));
    assert.ok(has(scopesOf(arn, 'us-east-1'), 'constant.other.region.arn.iam'));
    assert.ok(has(scopesOf(arn, '123456789012'), 'constant.numeric.account.arn.iam'));
    assert.ok(has(scopesOf(arn, 'contact-flow'), 'string.other.resource.arn.iam'));
    assert.ok(has(scopesOf(arn, '/'), 'punctuation.separator.segment.arn.iam'));
    assert.ok(has(scopesOf(arn, '*'), 'keyword.operator.wildcard.iam'));
  });

  void it('marks placeholders but not policy variables', () => {
    const line = '{"Resource": ["arn:aws:connect:REGION:ACCOUNT_ID:instance/<instance-id>/contact-flow/${FlowId}", "arn:aws:s3:::b/${aws:username}/*"]}';
    for (const placeholder of ['REGION', 'ACCOUNT_ID', '<instance-id>', '${FlowId}']) {
      assert.ok(has(scopesOf(line, placeholder), 'invalid.illegal.placeholder.iam'), placeholder);
    }
    const ssm = '{"Resource": "arn:aws:ssm:us-east-1:123456789012:parameter/MY_APP/DB_PASSWORD"}';
    assert.ok(!has(scopesOf(ssm, 'MY_APP'), 'invalid.illegal.placeholder.iam'));
    const variable = scopesOf(line, '${aws:username}');
    assert.ok(has(variable, 'variable.other.policy-variable.iam'));
    assert.ok(!has(variable, 'invalid.illegal.placeholder.iam'));
  });

  void it('works in JSONC documents too', () => {
    assert.ok(has(scopesOf(action, 'StartChatContact', 0, jsoncGrammar), 'entity.name.function.action.iam'));
    assert.ok(has(scopesOf(action, 'StartChatContact', 0, jsoncGrammar), 'string.quoted.double.json.comments'));
    assert.ok(has(scopesOf(arn, 'us-east-1', 0, jsoncGrammar), 'constant.other.region.arn.iam'));
  });

  void it('leaves property names and ordinary strings alone', () => {
    const line = '{"aws:SourceIp": "npm:left-pad", "name": "arn"}';
    assert.ok(!scopesOf(line, 'aws:SourceIp').some((s) => s.includes('.iam')));
    assert.ok(!scopesOf(line, 'npm:left-pad').some((s) => s.includes('.iam')));
  });
});
