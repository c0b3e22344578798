import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/service/rules/registry';
import { RULE_LEVELS, ruleSettingsProperties } from '../../scripts/rule-settings';

interface RulesSetting {
  properties?: Record<string, { enum: string[]; markdownDescription: string }>;
  additionalProperties?: unknown;
}

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, RulesSetting> } };
};
const setting = manifest.contributes.configuration.properties['connectIam.rules'];

void describe('the connectIam.rules setting in package.json', () => {
  void it('lists every registered rule id, so settings.json completes them (npm run build writes the list)', () => {
    assert.deepEqual(Object.keys(setting.properties ?? {}), RULES.map((rule) => rule.meta.id), 'package.json is out of date: run npm run build');
    assert.deepEqual(setting.properties, ruleSettingsProperties(), 'package.json is out of date: run npm run build');
  });

  void it('offers the severities and "off" for each, with the rule description and default', () => {
    const effect = setting.properties?.['effect-invalid'];
    assert.deepEqual(effect?.enum, ['error', 'warning', 'information', 'hint', 'off']);
    assert.deepEqual(RULE_LEVELS, effect?.enum);
    assert.match(effect?.markdownDescription ?? '', /Default: `error`\.$/);
  });

  void it('rejects ids that are not rules', () => {
    assert.equal(setting.additionalProperties, false);
  });
});
