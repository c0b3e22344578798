// The connectIam.rules setting's schema, from the rule registry: one property per rule id, with the
// rule's description and default severity, so that settings.json completes and validates rule ids.
// `npm run build` writes it into package.json (scripts/build.mjs); test/settings-schema.test.ts checks it.
import { readFileSync, writeFileSync } from 'node:fs';
import { SEVERITIES } from '../server/service/diagnostics';
import { RULES } from '../server/service/rules/registry';

export const RULE_LEVELS = [...SEVERITIES, 'off'];

export function ruleSettingsProperties(): Record<string, { enum: string[]; markdownDescription: string }> {
  return Object.fromEntries(
    RULES.map(({ meta }) => [meta.id, { enum: RULE_LEVELS, markdownDescription: `${meta.description} Default: \`${meta.defaultSeverity}\`.` }]),
  );
}

interface Manifest {
  contributes: { configuration: { properties: Record<string, Record<string, unknown>> } };
}

/** Rewrites the setting's properties in the manifest when they are out of date; true when it wrote. */
export function writeRuleSettings(manifestPath: string): boolean {
  const text = readFileSync(manifestPath, 'utf8');
  const manifest = JSON.parse(text) as Manifest;
  const setting = manifest.contributes.configuration.properties['connectIam.rules'];
  setting.properties = ruleSettingsProperties();
  setting.additionalProperties = false;
  const updated = `${JSON.stringify(manifest, null, 2)}\n`;
  if (updated === text) return false;
  writeFileSync(manifestPath, updated);
  return true;
}
