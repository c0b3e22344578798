// The packaged extension that `npm run package` writes, and a guard that it was packaged from the current sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const VSIX_PATH = join(ROOT, 'connect-iam.vsix');

/** What the vsix is built from (sources, not dist/, which any `npm run build` rewrites in development mode). */
const INPUTS = ['client', 'server', 'syntaxes', 'snippets', 'schemas', 'docs/rules', 'images/icon.png', 'images/screenshots', 'walkthrough', 'examples/chat-backend.broken.json', 'package.json', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** The path of connect-iam.vsix; throws when it is missing or older than a source it is built from. */
export function freshVsix(): string {
  if (!existsSync(VSIX_PATH)) throw new Error(`${VSIX_PATH} is missing: run \`npm run package\` first`);
  const packagedAt = statSync(VSIX_PATH).mtimeMs;
  const newer = INPUTS.filter((input) => newestChange(join(ROOT, input)) > packagedAt);
  if (newer.length) throw new Error(`${VSIX_PATH} is older than ${newer.join(', ')}: run \`npm run package\` again`);
  return VSIX_PATH;
}
