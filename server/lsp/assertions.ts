import {
  CodeLensRefreshRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type CodeLens,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
} from 'vscode-languageserver';
import { parseAssertionsFile } from '../service/assertions/assertionsFile';
import { openOrSavedDocument } from './assertionsDocuments';
import { assertionDiagnostics } from './assertionsDiagnostics';
import { groupPolicyRefs, policyUri, runTestsFile, type TestsFileRun } from './assertionsRun';
import { findTestsFiles, isTestsFile } from './assertionsScan';
import { assertionCodeLenses } from './codeLens';
import { guard, guardNotification } from './guard';
import type { ServerContext } from './serverContext';

/** Edits closer together than this refresh the other files once. */
const REFRESH_DEBOUNCE_MS = 150;

/** How the other open files learn that their assertion results changed. */
interface Refresher {
  /** Push model: publish this open document's diagnostics again. */
  schedule?: (uri: string) => void;
  /** Pull model: ask the client to pull every open document again. */
  pullAgain?: () => void;
  codeLensesAgain?: () => void;
}

/**
 * The `connect-iam.tests.json` files of the workspace (found at start, then followed through file
 * events and open documents) and which policy files each one names, so that editing a policy
 * re-evaluates the assertions about it.
 */
export class LiveAssertions {
  /** Each tests file -> the policy uris it names. */
  private readonly named = new Map<string, string[]>();
  /** policy uri -> the tests files that name it: `named` turned around. */
  private testsOf = new Map<string, Set<string>>();
  private ready: Promise<void> = Promise.resolve();
  private refreshTimer: NodeJS.Timeout | undefined;
  /** Bumped on every change that can change assertion results, so pulled results of unchanged texts go stale. */
  private changes = 0;
  /**
   * Each tests file's run at `runsAt` changes: one keystroke in a policy asks for its diagnostics, the
   * tests file's, the other related files' and the CodeLenses, and all of them share one evaluation
   * instead of re-reading and re-parsing every named file from disk.
   */
  private readonly runs = new Map<string, Promise<TestsFileRun | undefined>>();
  private runsAt = 0;

  constructor(
    private readonly context: ServerContext,
    private readonly refresher: Refresher,
    /** Whether changes on disk arrive as file events; without them a cached run could miss a saved file. */
    private readonly watchingDisk: boolean,
  ) {}

  scan(folders: string[]): void {
    this.ready = this.ready.then(async () => {
      for (const folder of folders) for (const uri of await findTestsFiles(folder)) await this.reread(uri);
    });
  }

  /** An opened or edited document: a tests file joins the set; a change to a related file refreshes the others. */
  touched(uri: string): void {
    if (isTestsFile(uri)) this.update(uri);
    if (this.isRelated(uri)) {
      this.changes++;
      this.scheduleRefresh();
    }
  }

  /** Part of a pulled result id: changes when `uri`'s assertion findings may have changed without its text changing. */
  generation(uri: string): number {
    return this.isRelated(uri) ? this.changes : 0;
  }

  /** A closed document: its text is the saved one again, which related runs must read anew. */
  closed(uri: string): void {
    if (!this.isRelated(uri)) return;
    this.changes++;
    this.scheduleRefresh();
  }

  /** Files changed on disk (created, saved by another program, deleted). */
  filesChanged(changes: { uri: string; type: FileChangeType }[]): void {
    let relevant = false;
    for (const change of changes) {
      if (isTestsFile(change.uri)) {
        this.update(change.uri, change.type !== FileChangeType.Deleted || this.context.documents.get(change.uri) !== undefined);
        relevant = true;
      } else if (this.testsOf.has(change.uri)) relevant = true;
    }
    if (!relevant) return;
    this.changes++;
    this.scheduleRefresh();
  }

  async diagnostics(uri: string): Promise<LspDiagnostic[]> {
    await this.ready;
    if (!(await this.enabled(uri))) return [];
    const testsUris = isTestsFile(uri) ? [uri] : [...(this.testsOf.get(uri) ?? [])];
    const diagnostics: LspDiagnostic[] = [];
    for (const testsUri of testsUris) {
      const run = await this.run(testsUri);
      if (run) diagnostics.push(...assertionDiagnostics(run, uri));
    }
    return diagnostics;
  }

  async codeLenses(uri: string): Promise<CodeLens[]> {
    if (!isTestsFile(uri) || !(await this.enabled(uri))) return [];
    const run = await this.run(uri);
    return run ? assertionCodeLenses(run) : [];
  }

  /** The tests files that name `uri` as a policy, or `uri` itself when it is a tests file. */
  async testsFilesFor(uri: string): Promise<string[]> {
    await this.ready;
    return isTestsFile(uri) ? [uri] : [...(this.testsOf.get(uri) ?? [])];
  }

  /**
   * A tests file evaluated against the current texts, reused until an edit, file event or close that
   * concerns assertions. Waits for pending rebuilds, so every edit to a named policy counts as a change.
   */
  async run(testsUri: string): Promise<TestsFileRun | undefined> {
    await this.ready;
    if (!this.watchingDisk) return runTestsFile(this.context, testsUri);
    if (this.runsAt !== this.changes) {
      this.runs.clear();
      this.runsAt = this.changes;
    }
    let run = this.runs.get(testsUri);
    if (!run) this.runs.set(testsUri, (run = runTestsFile(this.context, testsUri)));
    return run;
  }

  /** `connectIam.enable: false` silences assertions as it silences the rules. */
  private async enabled(uri: string): Promise<boolean> {
    return (await this.context.options(uri)).enabled !== false;
  }

  private isRelated(uri: string): boolean {
    return isTestsFile(uri) || this.testsOf.has(uri);
  }

  /** Queues a re-read of one tests file, or its removal when it no longer exists. */
  private update(testsUri: string, exists = true): void {
    this.ready = this.ready.then(() => this.reread(testsUri, exists));
  }

  /** Which policies one tests file names (parsing only; nothing is evaluated here); the others are not read again. */
  private async reread(testsUri: string, exists = true): Promise<void> {
    if (exists) {
      const input = openOrSavedDocument(this.context, testsUri);
      const refs = input ? parseAssertionsFile(input.text).groups.flatMap(groupPolicyRefs) : [];
      this.named.set(testsUri, refs.map((ref) => policyUri(testsUri, ref.path)));
    } else this.named.delete(testsUri);
    this.testsOf = new Map();
    for (const [tests, policies] of this.named) {
      for (const policy of policies) {
        let owners = this.testsOf.get(policy);
        if (!owners) this.testsOf.set(policy, (owners = new Set()));
        owners.add(tests);
      }
    }
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      void this.ready.then(() => {
        for (const document of this.context.documents.all()) {
          if (this.isRelated(document.uri)) this.refresher.schedule?.(document.uri);
        }
        this.refresher.pullAgain?.();
        this.refresher.codeLensesAgain?.();
      });
    }, REFRESH_DEBOUNCE_MS);
  }
}

const live = new WeakMap<ServerContext, LiveAssertions>();

/** The server capabilities live assertions add. */
export const LIVE_ASSERTION_CAPABILITIES = { codeLensProvider: { resolveProvider: false } };

/**
 * Evaluates the workspace's policy assertions as policies and tests files change: diagnostics
 * (through liveAssertionDiagnostics, which the document diagnostics include) and CodeLens.
 * `push` is the push-diagnostics scheduler when the client cannot pull.
 */
export function registerLiveAssertions(context: ServerContext, params: InitializeParams, push?: { schedule(uri: string): void }): LiveAssertions {
  const { connection, documents } = context;
  const capabilities = params.capabilities;
  const refresher: Refresher = {
    schedule: push ? (uri) => push.schedule(uri) : undefined,
    pullAgain:
      !push && capabilities.workspace?.diagnostics?.refreshSupport
        ? () => void connection.languages.diagnostics.refresh().catch(() => undefined)
        : undefined,
    codeLensesAgain: capabilities.workspace?.codeLens?.refreshSupport ? () => void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined) : undefined,
  };
  const watchingDisk = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  const assertions = new LiveAssertions(context, refresher, watchingDisk);
  live.set(context, assertions);

  assertions.scan(context.workspaceFolders);

  connection.onInitialized(
    guardNotification(connection.console, 'Watching tests files', async () => {
      if (!watchingDisk) return;
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.json' }] });
    }),
  );
  connection.onDidChangeWatchedFiles(guardNotification(connection.console, 'File changes', (params) => assertions.filesChanged(params.changes)));
  documents.onDidOpen(guardNotification(connection.console, 'Open', (event) => assertions.touched(event.document.uri)));
  documents.onDidChangeContent(guardNotification(connection.console, 'Change', (event) => assertions.touched(event.document.uri)));
  documents.onDidClose(guardNotification(connection.console, 'Close', (event) => assertions.closed(event.document.uri)));
  connection.onCodeLens(guard(connection.console, 'CodeLens', [] as CodeLens[], (params) => assertions.codeLenses(params.textDocument.uri)));
  return assertions;
}

/** The live assertion findings for a document; none until registerLiveAssertions ran. */
export async function liveAssertionDiagnostics(context: ServerContext, uri: string): Promise<LspDiagnostic[]> {
  return (await live.get(context)?.diagnostics(uri)) ?? [];
}

/** For pulled result ids: 0 for documents no assertion concerns. */
export function liveAssertionsGeneration(context: ServerContext, uri: string): number {
  return live.get(context)?.generation(uri) ?? 0;
}

/** The live assertions of a server, for the simulator request. */
export function liveAssertionsOf(context: ServerContext): LiveAssertions | undefined {
  return live.get(context);
}
