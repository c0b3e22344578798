// The .vsix users install: only the bundles, the catalog, grammars, snippets, the icon and the manifest files.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { freshVsix, ROOT } from './vsix';
import { zipEntries } from './zipEntries';

const MAX_BYTES = 3 * 1024 * 1024;

/** Everything allowed inside the archive; vsce adds the two manifest files and renames LICENSE. */
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/dist\/(client|server|validationWorker)\.js$/,
  /^extension\/dist\/catalog\/(index|services\/[a-z0-9-]+)\.json$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/snippets\/[\w.-]+\.json$/,
  /^extension\/schemas\/[\w.-]+\.json$/,
  /^extension\/images\/icon\.png$/,
];

const vsix = freshVsix();
const names = zipEntries(vsix).map((entry) => entry.name);
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  icon: string;
  contributes?: { grammars?: { path: string }[]; snippets?: { path: string }[]; jsonValidation?: { url: string }[] };
};

void test('the vsix is under 3 MB', (t) => {
  const bytes = statSync(vsix).size;
  t.diagnostic(`connect-iam.vsix: ${bytes} bytes (${(bytes / 1024).toFixed(0)} KiB), ${names.length} files`);
  assert.ok(bytes < MAX_BYTES, `connect-iam.vsix is ${bytes} bytes; the limit is ${MAX_BYTES}`);
});

void test('the vsix holds nothing outside the allowed set (no sources, tests, node_modules, source maps)', () => {
  const unexpected = names.filter((name) => !ALLOWED.some((pattern) => pattern.test(name)));
  assert.deepEqual(unexpected, []);
});

void test('the vsix holds what the extension needs at run time', () => {
  const referenced = [
    manifest.main,
    'dist/server.js',
    'dist/validationWorker.js',
    'dist/catalog/index.json',
    'dist/catalog/services/connect.json',
    manifest.icon,
    ...(manifest.contributes?.grammars ?? []).map((grammar) => grammar.path),
    ...(manifest.contributes?.snippets ?? []).map((snippet) => snippet.path),
    ...(manifest.contributes?.jsonValidation ?? []).map((validation) => validation.url),
  ].map((path) => `extension/${path.replace(/^\.\//, '')}`);
  const expected = [...referenced, 'extension/package.json', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt'];
  assert.deepEqual(
    expected.filter((name) => !names.includes(name)),
    [],
  );
});
