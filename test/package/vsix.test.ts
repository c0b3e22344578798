// The .vsix users install: only the bundles, the catalog, grammars, rule docs, the icon, the README's screenshots and the manifest files.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../../server/service/rules/registry';
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
  /^extension\/schemas\/[\w.-]+\.json$/,
  /^extension\/docs\/rules\/[a-z0-9-]+\.md$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/images\/screenshots\/[\w-]+\.png$/,
  /^extension\/walkthrough\/[\w-]+\.md$/,
  /^extension\/examples\/chat-backend\.broken\.json$/,
];

const vsix = freshVsix();
const names = zipEntries(vsix).map((entry) => entry.name);
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  icon: string;
  contributes?: {
    grammars?: { path: string }[];
    jsonValidation?: { url: string }[];
    commands?: { command: string }[];
    walkthroughs?: { steps: { description: string; media: { image?: string; markdown?: string } }[] }[];
  };
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
    ...(manifest.contributes?.jsonValidation ?? []).map((validation) => validation.url),
  ].map((path) => `extension/${path.replace(/^\.\//, '')}`);
  const expected = [...referenced, 'extension/package.json', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt'];
  assert.deepEqual(
    expected.filter((name) => !names.includes(name)),
    [],
  );
});

void test('the vsix holds every page and image of the walkthrough, and the example policy its first step opens', () => {
  const walkthroughs = (manifest.contributes?.walkthroughs ?? []).flatMap((w) => w.steps);
  assert.ok(walkthroughs.length >= 5, 'a walkthrough from opening an example to updating the AWS data');
  const media = walkthroughs.flatMap((step) => [step.media.image, step.media.markdown].filter((path): path is string => path !== undefined));
  const commands = new Set((manifest.contributes?.commands ?? []).map((c) => c.command));
  const ours = walkthroughs.flatMap((step) => [...step.description.matchAll(/\(command:(connectIam\.\w+)\)/g)].map((m) => m[1]));
  assert.deepEqual(ours.filter((command) => !commands.has(command)), [], 'every command a step runs is contributed');
  assert.deepEqual(
    [...media, 'examples/chat-backend.broken.json'].filter((path) => !names.includes(`extension/${path}`)),
    [],
  );
});

void test('the vsix holds the docs page of every rule, which diagnostics link to offline', () => {
  const pages = [...RULES.map((rule) => rule.meta.id), 'assertion-failed'].map((id) => `extension/docs/rules/${id}.md`);
  assert.deepEqual(
    pages.filter((page) => !names.includes(page)),
    [],
  );
});

void test('the vsix holds every image its README shows, and the README links nowhere that does not exist', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]);
  assert.ok(images.length > 0, 'the README shows a screenshot');
  assert.deepEqual(
    images.filter((image) => !names.includes(`extension/${image}`)),
    [],
  );
  assert.doesNotMatch(readme, /github\.com\/connect-iam/);
});

void test('the manifest names no repository, bugs or homepage address that does not exist', () => {
  const fields = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  assert.deepEqual(
    ['repository', 'bugs', 'homepage'].filter((field) => field in fields),
    [],
  );
});
