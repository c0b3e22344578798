// The extension's snippets (snippets/policy.json, which the language server offers in policies), and what each expands to with its default values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { ROOT } from '../../package/vsix';

export interface ContributedSnippet {
  name: string;
  prefix: string;
  body: string;
}

export function policySnippets(): ContributedSnippet[] {
  const file = parse(readFileSync(join(ROOT, 'snippets', 'policy.json'), 'utf8')) as Record<string, { prefix: string | string[]; body: string | string[] }>;
  return Object.entries(file).map(([name, snippet]) => ({
    name,
    prefix: Array.isArray(snippet.prefix) ? snippet.prefix[0] : snippet.prefix,
    body: Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body,
  }));
}

/** The text a snippet inserts when every placeholder keeps its default (first choice, or nothing). */
export function expandWithDefaults(body: string): string {
  let text = body;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(/\$\{\d+:([^{}]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '');
  }
  if (/\$[A-Za-z{]/.test(text.replace(/\\\$/g, ''))) throw new Error(`snippet variables are not supported here: ${text}`);
  return text.replace(/\\([$}\\])/g, '$1');
}
