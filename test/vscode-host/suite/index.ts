// Entry point that VS Code's extension host calls with --extensionTestsPath: runs the mocha suite in the host.
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  // Bind mocha's describe/it to this run before the suite module registers its tests.
  mocha.suite.emit('pre-require', globalThis, 'policies.test', mocha);
  await import('./policies.test');
  // A suite that registered nothing must not count as passed.
  if (mocha.suite.total() === 0) throw new Error('the in-host suite registered no tests');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} in-host test(s) failed`);
}
