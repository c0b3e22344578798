import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT, fixtureFolder, runCli } from './runCli';

const packageVersion = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const catalogIndex = JSON.parse(readFileSync(join(REPO_ROOT, 'dist', 'catalog', 'index.json'), 'utf8')) as { source: string; date: string };

void describe('connect-iam --version, --help and the bin launcher', () => {
  void it('--version shows the tool version and the source and date of the AWS catalog', () => {
    const run = runCli(['--version']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `connect-iam ${packageVersion}\nAWS catalog: ${catalogIndex.source}, data of ${catalogIndex.date}\n`);
  });

  void it('--help lists the commands; lint --help describes the options', () => {
    const help = runCli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^ {2}lint {2}/m);
    const lintHelp = runCli(['lint', '--help']);
    assert.equal(lintHelp.status, 0);
    assert.match(lintHelp.stdout, /--format text\|json\|sarif/);
    assert.match(lintHelp.stdout, /--rule ID=SEVERITY/);
  });

  void it('bin/connect-iam.js runs the bundle', () => {
    const run = runCli(['--version'], REPO_ROOT, join(REPO_ROOT, 'bin', 'connect-iam.js'));
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^connect-iam /);
  });

  void it('bin/connect-iam.js says to build first when dist/ is missing', () => {
    const unbuilt = fixtureFolder({});
    mkdirSync(join(unbuilt, 'bin'));
    copyFileSync(join(REPO_ROOT, 'bin', 'connect-iam.js'), join(unbuilt, 'bin', 'connect-iam.js'));
    const run = runCli(['--version'], unbuilt, join(unbuilt, 'bin', 'connect-iam.js'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Run npm run build first/);
  });

  void it('`npx connect-iam` from the repository root runs this package, offline', () => {
    const npx = spawnSync('npx', ['connect-iam', '--version'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      // Offline, so npx can never fetch a same-named package from the registry instead of ours.
      env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
    });
    assert.equal(npx.status, 0, npx.stderr);
    assert.equal(npx.stdout, `connect-iam ${packageVersion}\nAWS catalog: ${catalogIndex.source}, data of ${catalogIndex.date}\n`);
  });
});
