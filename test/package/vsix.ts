// The packaged extension that `npm run package` writes, and a guard that it was packaged from the current build.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const VSIX_PATH = join(ROOT, 'connect-iam.vsix');

/** What the vsix is built from; an older vsix would test yesterday's extension. */
const INPUTS = ['package.json', 'dist/client.js', 'dist/server.js', '.vscodeignore'];

/** The path of connect-iam.vsix; throws when it is missing or older than the build it should contain. */
export function freshVsix(): string {
  if (!existsSync(VSIX_PATH)) throw new Error(`${VSIX_PATH} is missing: run \`npm run package\` first`);
  const packagedAt = statSync(VSIX_PATH).mtimeMs;
  const newer = INPUTS.filter((input) => statSync(join(ROOT, input)).mtimeMs > packagedAt);
  if (newer.length) throw new Error(`${VSIX_PATH} is older than ${newer.join(', ')}: run \`npm run package\` again`);
  return VSIX_PATH;
}
