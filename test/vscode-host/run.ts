// Runs the mocha suite inside a real VS Code extension host with @vscode/test-electron, when a VS Code is at hand:
// VSCODE_EXECUTABLE points at one, or CONNECT_IAM_DOWNLOAD_VSCODE=1 lets test-electron download it.
// Otherwise it says plainly that it did not run; CONNECT_IAM_REQUIRE_HOST=1 turns that into a failure.
// code-server cannot host it: its workbench honours extensionTestsPath only with --enable-smoke-test-driver,
// an option code-server 4.139.1 rejects, so the real-editor coverage here is test/e2e/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { loadCatalog } from '../../server/service/catalog/nodeCatalogSource';
import { EXPECTED_DIR, FIXTURES_DIR, HOVER_ACTION } from '../e2e/expectations';
import { ROOT } from '../package/vsix';

async function main(): Promise<number> {
  const executable = process.env.VSCODE_EXECUTABLE;
  if (!executable && process.env.CONNECT_IAM_DOWNLOAD_VSCODE !== '1') {
    console.log('in-host suite NOT RUN: no VS Code executable (set VSCODE_EXECUTABLE)');
    return process.env.CONNECT_IAM_REQUIRE_HOST === '1' ? 1 : 0;
  }
  if (spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' }).status !== 0) return 1;
  // Bundled next to node_modules so that the host resolves mocha from the project.
  const outdir = join(ROOT, '.e2e', 'host-suite');
  await build({ entryPoints: { index: join(__dirname, 'suite/index.ts') }, bundle: true, platform: 'node', format: 'cjs', outdir, external: ['vscode', 'mocha'], logLevel: 'warning' });
  const runDir = mkdtempSync(join(tmpdir(), 'connect-iam-host-'));
  const workspace = join(runDir, 'workspace');
  cpSync(FIXTURES_DIR, workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(outdir, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(runDir, 'user-data')],
      extensionTestsEnv: {
        CONNECT_IAM_HOST_EXPECTATIONS: JSON.stringify({ expectedDir: EXPECTED_DIR, hoverDescription: loadCatalog().action(HOVER_ACTION.action)?.description }),
      },
    });
    console.log('in-host suite passed');
    return 0;
  } catch (error) {
    console.error(`in-host suite FAILED: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
