// Runs the node:test suites under test/ (TypeScript through tsx). Node 20's --test takes no globs.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['test'];
// e2e, package and vscode-host need the packaged extension or an editor: `npm run test:e2e` / `test:host` run them.
const skipDirs = new Set(['e2e', 'fixtures', 'package', 'vscode-host']);

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!skipDirs.has(name)) collect(full, out);
    } else if (name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

const files = roots.flatMap((root) => (root.endsWith('.test.ts') ? [root] : collect(root, [])));
if (files.length === 0) {
  console.error(`no test files under ${roots.join(', ')}`);
  process.exit(1);
}
// An AWS data download in the user's cache would change what the CLI finds: tests use the bundled data
// unless they name a cache folder of their own.
const env = { ...process.env, CONNECT_IAM_CACHE_DIR: join(tmpdir(), `connect-iam-tests-no-cache-${process.pid}`) };
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
