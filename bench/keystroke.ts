/**
 * Keystroke to squiggle on the 1 MB CloudFormation template, over stdio against the bundled server,
 * with a client that behaves as VS Code's language client does with pull diagnostics: each change is
 * sent as an incremental didChange and followed at once by a textDocument/diagnostic pull; a change
 * while a pull is still running cancels that pull and pulls again when it has answered; 300 ms after
 * the last change the language status item asks for the document's status.
 * Run alone with `node --import tsx bench/keystroke.ts` (after `npm run build`).
 */
import {
  CancellationTokenSource,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { STATUS_REQUEST } from '../server/lsp/statusProtocol';
import { LanguageServerProcess, PULL_CLIENT } from '../test/lsp/languageServerProcess';
import { cloudFormationTemplate } from './fixtures';
import { median } from './process';
import { processCpuMs } from './server-start';

const URI = 'file:///bench/template.json';
/** client/statusItem.ts's REFRESH_DELAY_MS. */
const STATUS_DELAY_MS = 300;

export interface KeystrokeFigures {
  megabytes: number;
  /** didOpen to the first diagnostics. */
  openMs: number;
  /** One keystroke after a pause, to the diagnostics of that version: one sample per keystroke. */
  singleMs: number[];
  /**
   * The server process's CPU time per such keystroke (all its threads, mean): what the keystroke costs,
   * which a loaded machine inflates far less than the wall clock (the kernel counts it in 10 ms ticks).
   */
  singleCpuMs: number;
  /** A burst of keystrokes `burstGapMs` apart: from the last keystroke to the diagnostics of the last version. */
  burstMs: number[];
  burstGapMs: number;
  burstLength: number;
}

/** The editor side: the document's text and version, and the pull in flight, as vscode-languageclient keeps them. */
class Editor {
  private version = 1;
  private inFlight: { cancel: CancellationTokenSource; again: boolean } | undefined;
  private waiting: { version: number; resolve: (items: Diagnostic[]) => void } | undefined;
  private statusTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly server: LanguageServerProcess,
    public text: string,
  ) {}

  async open(): Promise<Diagnostic[]> {
    await this.server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'json', version: this.version, text: this.text } });
    const answer = this.expectVersion(this.version);
    this.pull();
    return answer;
  }

  /** Replaces `length` characters at `offset` by `insert`, as one keystroke does. */
  async type(offset: number, length: number, insert: string): Promise<void> {
    const before = this.text.slice(0, offset);
    const line = before.split('\n').length - 1;
    const character = offset - (before.lastIndexOf('\n') + 1);
    const endText = this.text.slice(0, offset + length);
    const endLine = endText.split('\n').length - 1;
    const endCharacter = offset + length - (endText.lastIndexOf('\n') + 1);
    this.text = before + insert + this.text.slice(offset + length);
    this.version++;
    await this.server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: this.version },
      contentChanges: [{ range: { start: { line, character }, end: { line: endLine, character: endCharacter } }, text: insert }],
    });
    if (this.inFlight) {
      this.inFlight.cancel.cancel();
      this.inFlight.again = true;
    } else this.pull();
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => void this.server.connection.sendRequest(STATUS_REQUEST, { uri: URI }), STATUS_DELAY_MS);
  }

  close(): void {
    clearTimeout(this.statusTimer);
  }

  /** The version the next keystroke will create. */
  get nextVersion(): number {
    return this.version + 1;
  }

  /** Resolves with the diagnostics of `version` once a pull made for it has answered. */
  expectVersion(version: number): Promise<Diagnostic[]> {
    return new Promise((resolve) => (this.waiting = { version, resolve }));
  }

  private pull(): void {
    const flight = { cancel: new CancellationTokenSource(), again: false };
    this.inFlight = flight;
    const version = this.version;
    this.server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } }, flight.cancel.token).then(
      (report) => {
        this.inFlight = undefined;
        if (flight.again) this.pull();
        else if (report.kind === 'full' && this.waiting?.version === version) this.waiting.resolve(report.items);
      },
      () => {
        // Cancelled: pull again for the newer version, as the client reschedules.
        this.inFlight = undefined;
        this.pull();
      },
    );
  }
}

const effectFindings = (items: Diagnostic[]) => items.filter((d) => d.code === 'effect-invalid').length;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureKeystrokes(singles = 20, bursts = 5, burstLength = 8, burstGapMs = 40): Promise<KeystrokeFigures> {
  const { text } = cloudFormationTemplate();
  const server = LanguageServerProcess.start();
  try {
    await server.initialize(PULL_CLIENT);
    const editor = new Editor(server, text);
    let started = performance.now();
    const opened = await editor.open();
    const openMs = performance.now() - started;
    const baseline = effectFindings(opened);
    // Typing in the middle of the file: "Allow" -> "Allowx" (one effect-invalid finding) and back.
    const at = text.indexOf('"Effect": "Allow"', text.length >> 1) + '"Effect": "Allow'.length;
    const singleMs: number[] = [];
    const cpuBefore = processCpuMs(server.child.pid);
    for (let i = 0; i < singles; i++) {
      const adding = i % 2 === 0;
      await pause(300);
      const answer = editor.expectVersion(editor.nextVersion);
      started = performance.now();
      await editor.type(at, adding ? 0 : 1, adding ? 'x' : '');
      const items = await answer;
      singleMs.push(performance.now() - started);
      if (effectFindings(items) !== baseline + (adding ? 1 : 0)) throw new Error(`keystroke ${i}: expected ${baseline + (adding ? 1 : 0)} effect-invalid findings, got ${effectFindings(items)}`);
    }
    const singleCpuMs = (processCpuMs(server.child.pid) - cpuBefore) / singles;
    const burstMs: number[] = [];
    for (let b = 0; b < bursts; b++) {
      await pause(300);
      // Type "xyz..." after Allow, then delete all but one: the last version has one finding more.
      for (let k = 0; k < burstLength - 1; k++) {
        await editor.type(at + k, 0, 'x');
        await pause(burstGapMs);
      }
      const answer = editor.expectVersion(editor.nextVersion);
      started = performance.now();
      await editor.type(at + 1, burstLength - 2, '');
      const items = await answer;
      burstMs.push(performance.now() - started);
      if (effectFindings(items) !== baseline + 1) throw new Error(`burst ${b}: expected ${baseline + 1} effect-invalid findings, got ${effectFindings(items)}`);
      await pause(300);
      const back = editor.expectVersion(editor.nextVersion);
      await editor.type(at, 1, '');
      await back;
    }
    editor.close();
    await server.stop();
    return { megabytes: text.length / 1e6, openMs, singleMs, singleCpuMs, burstMs, burstGapMs, burstLength };
  } finally {
    server.kill();
  }
}

export function formatKeystrokes(f: KeystrokeFigures): string {
  const p = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
  return [
    `Keystroke to squiggle, ${f.megabytes.toFixed(2)} MB CloudFormation template over stdio (pull diagnostics, incremental sync):`,
    `  open to first diagnostics: ${f.openMs.toFixed(0)} ms`,
    `  one keystroke after a pause: median ${median(f.singleMs).toFixed(1)} ms, p95 ${p(f.singleMs, 0.95).toFixed(1)} ms over ${f.singleMs.length}; server CPU ${f.singleCpuMs.toFixed(1)} ms per keystroke (mean)`,
    `  last of ${f.burstLength} keystrokes ${f.burstGapMs} ms apart: median ${median(f.burstMs).toFixed(1)} ms, max ${Math.max(...f.burstMs).toFixed(1)} ms over ${f.burstMs.length} bursts`,
  ].join('\n');
}

if (require.main === module) {
  measureKeystrokes().then(
    (figures) => console.log(formatKeystrokes(figures)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
