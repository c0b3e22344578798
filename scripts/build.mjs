// Builds everything that ships: the AWS catalog and the esbuild bundles of client, server and CLI.
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

const started = Date.now();
writeCatalog('dist/catalog');
await Promise.all([
  build({ ...common, entryPoints: { client: 'client/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  // validationWorker: the server's thread for large documents (server/lsp/offThreadValidation.ts), found beside server.js.
  build({ ...common, entryPoints: { server: 'server/server.ts', validationWorker: 'server/lsp/validationWorker.ts' }, outdir: 'dist' }),
  // cliWorker: the extra lint threads of `connect-iam lint` (server/cli/lint/lintFiles.ts), found beside cli.js.
  build({ ...common, entryPoints: { cli: 'server/cli/main.ts', cliWorker: 'server/cli/lint/worker.ts' }, outdir: 'dist' }),
]);
console.log(`build: dist/ ready in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
