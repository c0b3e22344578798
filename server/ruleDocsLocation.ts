import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The rule docs pages of the installed package: the folder and its file: URI prefix (ending in "/"). */
export interface RuleDocsLocation {
  dir: string;
  baseUri: string;
}

let found: RuleDocsLocation | null | undefined;

/**
 * docs/rules of the installed package (shipped in the .vsix): the bundles in dist/ and this source
 * file in server/ both sit one level below the package root. Undefined when the folder is missing,
 * so nothing links to a page that is not there. Looked up once per process.
 */
export function installedRuleDocs(): RuleDocsLocation | undefined {
  if (found === undefined) {
    const dir = join(__dirname, '..', 'docs', 'rules');
    found = existsSync(dir) ? { dir, baseUri: `${pathToFileURL(dir).href}/` } : null;
  }
  return found ?? undefined;
}
