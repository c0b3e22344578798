import type { Diagnostic } from '../diagnostics';
import type { ParsedDocument } from './parsedDocument';
import type { PolicyView } from './policyView';

/**
 * Findings of one editor document carried from one version to the next. A keystroke in a large
 * CloudFormation template changes one policy: only the policies of the resource that holds it are
 * checked again (policy-size-quota adds up a resource's inline policies), with the rules that read the
 * whole text (syntax, comments, duplicate keys); the other policies' findings are kept, moved by the
 * edit when they come after it. Rules put no absolute offsets in diagnostic data, so a moved finding's
 * quick fix still finds its target.
 */
export interface CheckedVersion {
  doc: ParsedDocument;
  /** Every finding of that version, before the cap on how many are reported. */
  diagnostics: Diagnostic[];
  /** The options the findings were made with, as JSON: other options mean a full check. */
  optionsKey: string;
}

/** What to check again after an edit, and what to keep from the version before. */
export interface IncrementalPlan {
  /** The new version's document with only the policies to check again. */
  doc: ParsedDocument;
  /** Merges the findings of checking `doc` with the kept ones. */
  merge(fresh: Diagnostic[]): Diagnostic[];
}

/**
 * The plan for checking `next` given the version checked before, or undefined when the whole document
 * must be checked: the policies moved, appeared or disappeared, or the edit spans several resources.
 */
export function planIncrementalCheck(previous: CheckedVersion, next: ParsedDocument, optionsKey: string): IncrementalPlan | undefined {
  if (previous.optionsKey !== optionsKey || previous.doc.format !== next.format) return undefined;
  const before = previous.doc;
  if (before.policies.length === 0 || before.policies.length !== next.policies.length) return undefined;
  // Broken JSON moves what the parser sees in ways no span can bound: check it all.
  if (before.syntaxErrors.length > 0 || next.syntaxErrors.length > 0 || before.tooDeep || next.tooDeep) return undefined;
  const edit = changedSpan(before.text, next.text);
  const delta = next.text.length - before.text.length;
  const touched = new Set<string>();
  for (let i = 0; i < before.policies.length; i++) {
    const old = before.policies[i];
    const now = next.policies[i];
    if (!samePath(old.path, now.path)) return undefined;
    const oldStart = old.node.offset;
    const oldEnd = oldStart + old.node.length;
    if (oldEnd <= edit.start) {
      if (now.node.offset !== oldStart || now.node.length !== old.node.length) return undefined;
    } else if (oldStart >= edit.oldEnd) {
      if (now.node.offset !== oldStart + delta || now.node.length !== old.node.length) return undefined;
    } else touched.add(checkUnit(old));
  }
  // An edit outside every policy (a Lambda's code, a description) checks no policy again.
  const recheck = (p: PolicyView) => touched.has(checkUnit(p));
  const doc: ParsedDocument = { ...next, policies: next.policies.filter(recheck) };
  return {
    doc,
    merge(fresh) {
      // Fresh findings of the policies checked again and of the text outside every policy; the whole-text
      // rules' findings inside kept policies are taken from the version before, with the rest of theirs.
      const merged = fresh.filter((d) => {
        const policy = policyAt(next.policies, next.lines.offsetAt(d.range.start));
        return !policy || recheck(policy);
      });
      for (const d of previous.diagnostics) {
        const start = before.lines.offsetAt(d.range.start);
        const policy = policyAt(before.policies, start);
        if (!policy || recheck(policy)) continue;
        if (start < edit.start) merged.push(d);
        else merged.push({ ...d, range: next.lines.range(start + delta, before.lines.offsetAt(d.range.end) - start) });
      }
      return merged.sort(byPosition);
    },
  };
}

/** The policy whose text holds `offset` (policies do not nest and come in document order). */
function policyAt(policies: readonly PolicyView[], offset: number): PolicyView | undefined {
  let low = 0;
  let high = policies.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const node = policies[mid].node;
    if (offset < node.offset) high = mid - 1;
    else if (offset >= node.offset + node.length) low = mid + 1;
    else return policies[mid];
  }
  return undefined;
}

/** The span the edit replaced: the texts' common prefix and suffix are unchanged. */
function changedSpan(before: string, after: string): { start: number; oldEnd: number } {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < shorter - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix };
}

/** Policies checked together: those of one CloudFormation resource (their sizes add up), else each alone. */
function checkUnit(policy: PolicyView): string {
  return JSON.stringify(policy.cloudFormation ? policy.path.slice(0, 2) : policy.path);
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
