// Builds everything that ships: the AWS catalog, the rule ids of the connectIam.rules setting and the
// esbuild bundles of client, server and CLI.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { writeCatalog } from './build-catalog.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ES module build bundles cleanly.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

/** package.json's connectIam.rules lists every registered rule (scripts/rule-settings.ts, bundled to run here). */
async function writeRuleSettings() {
  const dir = mkdtempSync(join(tmpdir(), 'connect-iam-build-'));
  try {
    const outfile = join(dir, 'rule-settings.cjs');
    await build({ ...common, sourcemap: false, minify: false, entryPoints: ['scripts/rule-settings.ts'], outfile });
    if (createRequire(import.meta.url)(outfile).writeRuleSettings('package.json')) console.log('build: package.json connectIam.rules updated from the rule registry');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const started = Date.now();
writeCatalog('dist/catalog');
await writeRuleSettings();
await Promise.all([
  build({ ...common, entryPoints: { client: 'client/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  // validationWorker: the server's thread for large documents (server/lsp/offThreadValidation.ts), found beside server.js.
  build({ ...common, entryPoints: { server: 'server/server.ts', validationWorker: 'server/lsp/validationWorker.ts' }, outdir: 'dist' }),
  // cliWorker: the extra lint threads of `connect-iam lint` (server/cli/lint/lintFiles.ts), found beside cli.js.
  build({ ...common, entryPoints: { cli: 'server/cli/main.ts', cliWorker: 'server/cli/lint/worker.ts' }, outdir: 'dist' }),
]);
console.log(`build: dist/ ready in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
