import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sarifProblems } from './sarifCheck';
import { BROKEN_POLICY, BROKEN_RANGE, REPO_ROOT, VALID_POLICY, fixtureFolder, runCli } from './runCli';

const folder = fixtureFolder({ 'policies/broken.json': BROKEN_POLICY, 'policies/good.json': VALID_POLICY });

void describe('connect-iam lint output formats', () => {
  void it('text: path:line:col severity message [code], 1-based, then where the rule docs are, then a summary', () => {
    const run = runCli(['lint', 'policies'], folder);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 4, run.stdout);
    assert.match(lines[0], /^policies\/broken\.json:6:7 error .*comma is expected.* \[json-syntax\]$/);
    assert.equal(lines[1], 'Rule docs:');
    // The page in the installed package, outside the linted folder: an absolute path to open.
    const page = /^ {2}\[json-syntax\] (.+)$/.exec(lines[2])?.[1] ?? '';
    assert.equal(page, join(REPO_ROOT, 'docs', 'rules', 'json-syntax.md'));
    assert.ok(existsSync(page));
    assert.equal(lines[3], '1 problem (1 error) in 1 of 2 files.');
  });

  void it('text: rule docs inside the working folder are named relative to it', () => {
    const run = runCli(['lint', fixtureFolder({ 'broken.json': BROKEN_POLICY })], REPO_ROOT);
    assert.match(run.stdout, /^ {2}\[json-syntax\] docs\/rules\/json-syntax\.md$/m);
  });

  void it('findings of a file come in reading order, whichever rule found them', () => {
    const twoProblems = fixtureFolder({
      // The JSON rules run before the structure rules: json-comment (line 6) is found before effect-invalid (line 5).
      'policy.jsonc': VALID_POLICY.replace('"Allow"', '"allow"').replace('"Action"', '// why\n      "Action"'),
    });
    const run = runCli(['lint', 'policy.jsonc'], twoProblems);
    const lines = run.stdout.trimEnd().split('\n').filter((line) => line.startsWith('policy.jsonc:'));
    assert.deepEqual(
      lines.map((line) => /^policy\.jsonc:(\d+):\d+ .*\[([a-z-]+)\]$/.exec(line)?.slice(1)),
      [
        ['5', 'effect-invalid'],
        ['6', 'json-comment'],
      ],
    );
  });

  void it('text: a clean run says so', () => {
    const run = runCli(['lint', 'policies/good.json'], folder);
    assert.equal(run.stdout, 'No problems found in 1 file.\n');
  });

  void it('json: exactly one array of {file, diagnostics: [{code, severity, message, range}]}, zero-based', () => {
    const run = runCli(['lint', '--format', 'json', 'policies'], folder);
    const parsed: unknown = JSON.parse(run.stdout);
    assert.ok(Array.isArray(parsed));
    assert.deepEqual(
      parsed.map((entry: { file: string }) => entry.file),
      ['policies/broken.json', 'policies/good.json'],
    );
    const [broken, good] = parsed as { file: string; diagnostics: Record<string, unknown>[] }[];
    assert.deepEqual(Object.keys(broken).sort(), ['diagnostics', 'file']);
    assert.deepEqual(good.diagnostics, []);
    assert.equal(broken.diagnostics.length, 1);
    const [diagnostic] = broken.diagnostics;
    assert.deepEqual(Object.keys(diagnostic).sort(), ['code', 'message', 'range', 'severity']);
    assert.equal(diagnostic.code, 'json-syntax');
    assert.equal(diagnostic.severity, 'error');
    assert.match(String(diagnostic.message), /comma is expected/);
    assert.deepEqual(diagnostic.range, BROKEN_RANGE);
  });

  void it('sarif: a valid 2.1.0 log whose result points at the same place, 1-based, with a relative URI', () => {
    const run = runCli(['lint', '--format', 'sarif', 'policies'], folder);
    const log = JSON.parse(run.stdout) as {
      runs: { tool: { driver: { rules: { id: string; helpUri?: string; help?: { markdown: string } }[]; properties: Record<string, string> } }; results: Record<string, unknown>[] }[];
    };
    assert.deepEqual(sarifProblems(log), []);
    const [sarifRun] = log.runs;
    const rule = sarifRun.tool.driver.rules.find((r) => r.id === 'json-syntax');
    // Code scanning shows the docs page itself; there is no web page to point helpUri at.
    assert.match(rule?.help?.markdown ?? '', /^# json-syntax\n/);
    assert.equal(rule?.helpUri, undefined);
    assert.match(sarifRun.tool.driver.properties.awsCatalogDate, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(sarifRun.results.length, 1);
    assert.deepEqual(sarifRun.results[0].locations, [
      {
        physicalLocation: {
          artifactLocation: { uri: 'policies/broken.json' },
          region: {
            startLine: BROKEN_RANGE.start.line + 1,
            startColumn: BROKEN_RANGE.start.character + 1,
            endLine: BROKEN_RANGE.end.line + 1,
            endColumn: BROKEN_RANGE.end.character + 1,
          },
        },
      },
    ]);
  });

  void it('sarif: URIs are percent-encoded per path segment', () => {
    const spaced = fixtureFolder({ 'my policies/a#1.json': BROKEN_POLICY });
    const log = JSON.parse(runCli(['lint', '--format', 'sarif', '.'], spaced).stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'my%20policies/a%231.json');
    assert.deepEqual(sarifProblems(log), []);
  });

  void it('the SARIF check itself catches a broken log', () => {
    const run = runCli(['lint', '--format', 'sarif', 'policies'], folder);
    const log = JSON.parse(run.stdout) as { version: string; runs: { results: { ruleIndex: number; locations: unknown }[] }[] };
    log.version = '2.0.0';
    log.runs[0].results[0].ruleIndex = 999;
    log.runs[0].results[0].locations = [{ physicalLocation: { artifactLocation: { uri: '/abs/x.json' }, region: { startLine: 0 } } }];
    const problems = sarifProblems(log);
    assert.ok(problems.some((p) => p.includes('version')));
    assert.ok(problems.some((p) => p.includes('ruleIndex')));
    assert.ok(problems.some((p) => p.includes('relative URI')));
    assert.ok(problems.some((p) => p.includes('integers >= 1')));
  });
});
