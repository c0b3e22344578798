import { SEVERITIES, type Severity } from '../service/diagnostics';
import type { ServiceOptions } from '../service/options';
import { closestMatch } from '../service/text/similarity';
import { quoteShort } from '../service/text/shorten';
import { compileGlob, matchesAnyGlob, uriPath, type Glob } from './glob';

/** The `connectIam` settings section, validated. Settings become ServiceOptions here and nowhere else. */
export interface ConnectIamSettings {
  enabled: boolean;
  ruleSeverity: Record<string, Severity | 'off'>;
  /** Compiled `connectIam.files` patterns. */
  files: Glob[];
  instanceArn?: string;
}

export interface SettingsReading {
  settings: ConnectIamSettings;
  /** One sentence per ignored value: what is wrong and what is right. */
  problems: string[];
}

export const DEFAULT_SETTINGS: ConnectIamSettings = { enabled: true, ruleSeverity: {}, files: [] };

const RULE_LEVELS: readonly string[] = [...SEVERITIES, 'off'];

/** Reads the raw section as the client sent it; a bad value is dropped with a problem, never thrown. */
export function readSettings(raw: unknown, knownRuleIds: ReadonlySet<string>): SettingsReading {
  const problems: string[] = [];
  const section = isObject(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isObject(raw)) {
    problems.push(`connectIam must be an object of settings; got ${describe(raw)}. Using the defaults.`);
  }
  return {
    settings: {
      enabled: readEnabled(section.enable, problems),
      ruleSeverity: readRules(section.rules, knownRuleIds, problems),
      files: readFiles(section.files, problems),
      instanceArn: readInstanceArn(isObject(section.connect) ? section.connect.instanceArn : undefined, problems),
    },
    problems,
  };
}

export function toServiceOptions(settings: ConnectIamSettings, uri: string): Partial<ServiceOptions> {
  return {
    enabled: settings.enabled,
    ruleSeverity: settings.ruleSeverity,
    forcePolicy: settings.files.length > 0 && matchesAnyGlob(uriPath(uri), settings.files),
    connect: settings.instanceArn ? { instanceArn: settings.instanceArn } : {},
  };
}

function readEnabled(value: unknown, problems: string[]): boolean {
  if (value === undefined || typeof value === 'boolean') return value ?? true;
  problems.push(`connectIam.enable must be true or false; got ${describe(value)}. Checking stays enabled.`);
  return true;
}

function readRules(value: unknown, knownRuleIds: ReadonlySet<string>, problems: string[]): Record<string, Severity | 'off'> {
  const ruleSeverity: Record<string, Severity | 'off'> = {};
  if (value === undefined || value === null) return ruleSeverity;
  if (!isObject(value)) {
    problems.push(`connectIam.rules must be an object of rule id to severity; got ${describe(value)}. Every rule keeps its default severity.`);
    return ruleSeverity;
  }
  for (const [id, level] of Object.entries(value)) {
    if (!knownRuleIds.has(id)) {
      const suggestion = closestMatch(id, knownRuleIds);
      problems.push(`connectIam.rules: there is no rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : '.'} The entry is ignored.`);
    } else if (typeof level !== 'string' || !RULE_LEVELS.includes(level)) {
      problems.push(`connectIam.rules.${id} must be one of ${RULE_LEVELS.map((l) => `"${l}"`).join(', ')}; got ${describe(level)}. The rule keeps its default severity.`);
    } else {
      ruleSeverity[id] = level as Severity | 'off';
    }
  }
  return ruleSeverity;
}

function readFiles(value: unknown, problems: string[]): Glob[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(`connectIam.files must be an array of glob patterns such as ["**/policies/*.json"]; got ${describe(value)}. No extra files are treated as policies.`);
    return [];
  }
  const globs: Glob[] = [];
  for (const entry of value) {
    if (typeof entry !== 'string' || entry.trim() === '') {
      problems.push(`connectIam.files entries must be non-empty glob patterns (strings); got ${describe(entry)}. The entry is ignored.`);
      continue;
    }
    const glob = compileGlob(entry.trim());
    if ('error' in glob) problems.push(`connectIam.files: ${quoteShort(entry.trim())} is not a valid glob pattern: ${glob.error}. The entry is ignored.`);
    else globs.push(glob);
  }
  return globs;
}

function readInstanceArn(value: unknown, problems: string[]): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value.trim();
  problems.push(`connectIam.connect.instanceArn must be a string such as "arn:aws:connect:us-east-1:123456789012:instance/<instance id>"; got ${describe(value)}. It is ignored.`);
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'string') return quoteShort(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
