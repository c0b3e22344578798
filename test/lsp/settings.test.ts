import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, readSettings, toServiceOptions } from '../../server/lsp/settings';

const KNOWN = new Set(['json-syntax', 'effect-invalid']);

void describe('server: connectIam settings', () => {
  void it('turns valid settings into service options', () => {
    const { settings, problems } = readSettings(
      {
        enable: false,
        rules: { 'json-syntax': 'warning', 'effect-invalid': 'off' },
        files: ['**/policies/*.json'],
        connect: { instanceArn: ' arn:aws:connect:us-east-1:123456789012:instance/x ' },
        aws: { profile: 'dev', region: 'us-east-1' },
      },
      KNOWN,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(toServiceOptions(settings, 'file:///repo/policies/chat.json'), {
      enabled: false,
      ruleSeverity: { 'json-syntax': 'warning', 'effect-invalid': 'off' },
      forcePolicy: true,
      connect: { instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/x' },
    });
    assert.equal(toServiceOptions(settings, 'file:///repo/other/chat.json').forcePolicy, false);
  });

  void it('uses the defaults when the section is missing or empty', () => {
    for (const raw of [undefined, null, {}]) {
      const { settings, problems } = readSettings(raw, KNOWN);
      assert.deepEqual(problems, []);
      assert.deepEqual(settings, { ...DEFAULT_SETTINGS, instanceArn: undefined });
    }
  });

  void it('ignores each bad value with a message that says what is right', () => {
    const { settings, problems } = readSettings(
      { enable: 'yes', rules: { 'efect-invalid': 'error', 'json-syntax': 'loud', 'effect-invalid': 'hint' }, files: 'policies/*.json', connect: { instanceArn: 7 } },
      KNOWN,
    );
    assert.deepEqual(settings.ruleSeverity, { 'effect-invalid': 'hint' }, 'valid entries survive beside bad ones');
    assert.equal(settings.enabled, true);
    assert.deepEqual(settings.files, []);
    assert.equal(settings.instanceArn, undefined);
    assert.equal(problems.length, 5);
    assert.match(problems[0], /connectIam\.enable must be true or false; got "yes"/);
    assert.match(problems[1], /no rule "efect-invalid"; did you mean "effect-invalid"\?/);
    assert.match(problems[2], /connectIam\.rules\.json-syntax must be one of "error", "warning", "information", "hint", "off"; got "loud"/);
    assert.match(problems[3], /connectIam\.files must be an array of glob patterns/);
    assert.match(problems[4], /connectIam\.connect\.instanceArn must be a string/);
  });

  void it('survives values of any shape', () => {
    for (const raw of [42, 'x', [], { rules: [] }, { rules: 'off' }, { files: [1, '', null, 'ok/*.json'] }]) {
      assert.ok(readSettings(raw, KNOWN).problems.length > 0, JSON.stringify(raw));
    }
    assert.equal(readSettings({ files: [1, '', null, 'ok/*.json'] }, KNOWN).settings.files.length, 1);
  });
});
