import { parseAssertionsFile, type AssertionGroup, type AssertionsFile, type PolicyRef } from '../service/assertions/assertionsFile';
import { runGroup, type GroupOutcome } from '../service/assertions/runAssertions';
import type { ParsedDocument } from '../service/document/parsedDocument';
import type { PolicyInput } from '../service/evaluator/types';
import { withDefaults } from '../service/options';
import { LineIndex } from '../service/text/lineIndex';
import { openOrSavedDocument, policiesRootOf, readDocument } from './assertionsDocuments';
import type { ServerContext } from './serverContext';

/** One tests file evaluated against the current text of the policies it names. */
export interface TestsFileRun {
  uri: string;
  lines: LineIndex;
  file: AssertionsFile;
  outcomes: GroupOutcome[];
  /** The parsed policy documents, by uri, as they were evaluated. */
  policies: Map<string, ParsedDocument>;
}

/** The uri a policy path in a tests file names: relative to the tests file's folder. */
export function policyUri(testsUri: string, path: string): string {
  return new URL(path.replace(/\\/g, '/'), testsUri).toString();
}

export function groupPolicyRefs(group: AssertionGroup): PolicyRef[] {
  return [group.policy, group.resourcePolicy, group.permissionsBoundary, ...group.scps].filter((r): r is PolicyRef => r !== undefined);
}

/**
 * Reads a tests file (from the editor when open, else from disk), loads every policy it names the
 * same way (from disk only inside the tests file's workspace folder), and runs its assertions. undefined when the tests file cannot be read.
 */
export async function runTestsFile(context: ServerContext, uri: string): Promise<TestsFileRun | undefined> {
  const input = openOrSavedDocument(context, uri);
  if (!input) return undefined;
  const file = parseAssertionsFile(input.text);
  const policies = new Map<string, ParsedDocument>();
  const unread = new Map<string, string>();
  const root = policiesRootOf(context, uri);
  for (const ref of file.groups.flatMap(groupPolicyRefs)) {
    const target = policyUri(uri, ref.path);
    if (policies.has(target) || unread.has(target)) continue;
    const read = root === undefined ? { error: `${target} is not a local file` } : readDocument(context, target, root);
    // Parsed as the editor parses it, so an open policy's parse is shared with its diagnostics.
    if ('input' in read) policies.set(target, context.service.parse(read.input, withDefaults()));
    else unread.set(target, read.error);
  }
  const load = (path: string): PolicyInput[] | { error: string } =>
    policyInputs(uri, policies, path) ?? { error: `Cannot read the policy file ${path}: ${unread.get(policyUri(uri, path)) ?? 'not found'}.` };
  const catalog = context.service.catalog;
  return { uri, lines: new LineIndex(input.text), file, outcomes: file.groups.map((group) => runGroup(group, load, catalog)), policies };
}

/** The policies of the file a tests file names by `path`, named after the path; undefined when unread. */
export function policyInputs(testsUri: string, policies: Map<string, ParsedDocument>, path: string): PolicyInput[] | undefined {
  const target = policyUri(testsUri, path);
  const doc = policies.get(target);
  return doc?.policies.map((policy, index) => ({ name: doc.policies.length > 1 ? `${path} #${index + 1}` : path, uri: target, policy }));
}
