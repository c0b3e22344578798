// A private code-server: its own user-data and extensions folders, bound to a free loopback port,
// started in its own process group so that stopping it also stops its extension host and language server.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { E2eTools } from './provision';
import { waitFor } from './poll';

/** User settings that keep the workbench quiet, offline and deterministic. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
  // Room for long ARNs: no secondary side bar, no minimap.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
  'json.schemaDownload.enable': false,
  'git.enabled': false,
  'editor.hover.delay': 300,
  'editor.lightbulb.enabled': 'on',
  'files.autoSave': 'off',
};

export class CodeServer {
  readonly userDataDir: string;
  readonly extensionsDir: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly configFile: string;
  private process: ChildProcess | undefined;

  constructor(
    private readonly tools: E2eTools,
    private readonly runDir: string,
  ) {
    this.userDataDir = join(runDir, 'user-data');
    this.extensionsDir = join(runDir, 'extensions');
    this.configFile = join(runDir, 'config.yaml');
    mkdirSync(join(this.userDataDir, 'User'), { recursive: true });
    mkdirSync(this.extensionsDir, { recursive: true });
    writeFileSync(join(this.userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    // A private XDG_CONFIG_HOME so that no ~/.config/code-server/config.yaml leaks into the run.
    this.env = { ...process.env, PATH: `${tools.nodeBin}:${process.env.PATH}`, XDG_CONFIG_HOME: join(runDir, 'xdg') };
  }

  private args(): string[] {
    return ['--config', this.configFile, '--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  installExtension(vsix: string): void {
    writeFileSync(this.configFile, 'auth: none\ncert: false\n');
    const result = spawnSync(this.tools.codeServer, [...this.args(), '--install-extension', vsix], { env: this.env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`code-server --install-extension failed:\n${result.stdout}\n${result.stderr}`);
  }

  async start(workspace: string): Promise<string> {
    const port = await freePort();
    writeFileSync(this.configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const log = createWriteStream(join(this.runDir, 'code-server.log'));
    // detached: a new session and process group (setsid), so stop() can signal the whole tree.
    const child = spawn(
      this.tools.codeServer,
      [...this.args(), '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace],
      { env: this.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.process = child;
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    const url = `http://127.0.0.1:${port}`;
    const state = await waitFor(
      'code-server to answer /healthz',
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) return 'exited';
        const response = await fetch(`${url}/healthz`).catch(() => undefined);
        return response?.ok ? 'ready' : undefined;
      },
      { timeoutMs: 60_000, lastSeen: () => this.serverLog() },
    );
    if (state === 'exited') throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}):\n${this.serverLog()}`);
    return url;
  }

  async stop(): Promise<void> {
    const child = this.process;
    const running = (): boolean => child?.exitCode === null && child.signalCode === null;
    if (!child?.pid || !running()) return;
    signalGroup(child.pid, 'SIGTERM');
    await waitFor('code-server to exit', () => (running() ? undefined : true), { timeoutMs: 10_000 }).catch(() => undefined);
    // The extension host and language server share the group: none may outlive the run, even if SIGTERM was ignored.
    signalGroup(child.pid, 'SIGKILL');
  }

  serverLog(): string {
    const file = join(this.runDir, 'code-server.log');
    return existsSync(file) ? readFileSync(file, 'utf8').slice(-4000) : '(no code-server log yet)';
  }

  /** The extension host's log: code-server writes it under <user-data>/logs/<session>/exthost<N>/remoteexthost.log. */
  extensionHostLog(): string {
    return logFiles(join(this.userDataDir, 'logs'))
      .filter((file) => /exthost\.log$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
  }

  /** Every log file of the session, for the failure report and the results folder. */
  logFiles(): string[] {
    return logFiles(join(this.userDataDir, 'logs'));
  }
}

function logFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.log'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
