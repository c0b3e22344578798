// The packaged extension in a real VS Code workbench (code-server), driven with Chromium like a person would.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse, type ParseError } from 'jsonc-parser';
import { loadCatalog } from '../../server/service/catalog/nodeCatalogSource';
import { freshVsix, ROOT } from '../package/vsix';
import { EXPECTED_DIR, FIXTURES_DIR, HOVER_ACTION, PLAIN_JSON_FILE, POLICY_FILE, SCOPE_FIX, SNIPPET, SQUIGGLES, YAML_TEMPLATE } from './expectations';
import { CodeServer } from './harness/codeServer';
import { waitFor } from './harness/poll';
import { provision } from './harness/provision';
import { expandWithDefaults, policySnippets } from './harness/snippets';
import { Workbench, type Squiggle } from './harness/workbench';

const RESULTS_DIR = join(ROOT, 'test-results', 'e2e');
const EXTENSION_ID = 'connect-iam.connect-iam';
const SOURCE = 'connect-iam';
/** The extension host logs each activation; ours must come from opening a JSON document. */
const ACTIVATED = /_doActivateExtension connect-iam\.connect-iam, startup: (true|false), activationEvent: 'onLanguage:json/;

void describe('Connect IAM in a real VS Code workbench', () => {
  const suiteStarted = Date.now();
  const timings: Record<string, number> = {};
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  let runDir = '';
  let workspace = '';

  const page = (): Workbench => {
    if (!workbench) throw new Error('the workbench did not open');
    return workbench;
  };

  /** Our squiggles on the active editor, waiting until they include every expected text. */
  const squigglesShowing = (texts: string[], what: string): Promise<Squiggle[]> =>
    waitFor(
      what,
      async () => {
        const shown = await page().squiggles();
        return texts.every((text) => shown.some((squiggle) => squiggle.text === text)) ? shown : undefined;
      },
      { timeoutMs: 60_000, lastSeen: () => page().describe() },
    );

  before(async () => {
    const tools = provision();
    const vsix = freshVsix();
    rmSync(RESULTS_DIR, { recursive: true, force: true });
    mkdirSync(RESULTS_DIR, { recursive: true });
    // Quick fixes and snippets change the workspace: every run starts from fresh copies.
    runDir = mkdtempSync(join(tmpdir(), 'connect-iam-e2e-'));
    workspace = join(runDir, 'workspace');
    cpSync(FIXTURES_DIR, workspace, { recursive: true });
    server = new CodeServer(tools, runDir);
    server.installExtension(vsix);
    const launched = Date.now();
    const url = await server.start(workspace);
    workbench = await Workbench.open(tools.chromium, url, workspace, RESULTS_DIR);
    timings.workbenchReadyMs = Date.now() - launched;
    await page().screenshot('01-workbench');
    await page().openFile(POLICY_FILE);
    await waitFor(`VS Code to activate ${EXTENSION_ID}`, () => (ACTIVATED.test(server?.extensionHostLog() ?? '') ? true : undefined), {
      timeoutMs: 60_000,
      lastSeen: () => `extension host log:\n${server?.extensionHostLog().slice(-3000)}`,
    });
    await waitFor('the first of our squiggles', async () => ((await page().squiggles()).length > 0 ? true : undefined), {
      timeoutMs: 60_000,
      lastSeen: async () => `${await page().describe()}\nextension host log:\n${server?.extensionHostLog().slice(-3000)}`,
    });
    timings.firstDiagnosticsMs = Date.now() - launched;
  });

  after(async () => {
    if (workbench) await page().screenshot('99-last').catch(() => undefined);
    await workbench?.close();
    await server?.stop();
    if (server) {
      // Keep the session's logs next to the screenshots; the run folder itself goes away.
      const logsDir = join(RESULTS_DIR, 'logs');
      mkdirSync(logsDir, { recursive: true });
      for (const file of server.logFiles()) cpSync(file, join(logsDir, `${basename(join(file, '..'))}-${basename(file)}`));
      const serverLog = join(runDir, 'code-server.log');
      if (existsSync(serverLog)) cpSync(serverLog, join(logsDir, 'code-server.log'));
    }
    if (runDir) rmSync(runDir, { recursive: true, force: true });
    timings.suiteWallMs = Date.now() - suiteStarted;
    writeFileSync(join(RESULTS_DIR, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    console.log(`e2e timings: ${JSON.stringify(timings)}`);
  });

  void it('activates the extension when a JSON policy opens', () => {
    const log = server?.extensionHostLog() ?? '';
    assert.match(log, ACTIVATED, `the extension host never activated ${EXTENSION_ID}:\n${log.slice(-3000)}`);
    assert.doesNotMatch(log, new RegExp(`Activating extension '${EXTENSION_ID}' failed`, 'i'));
  });

  void it('squiggles exactly the wrong text: malformed instance ARN, unknown action, StartChatContact on a bare instance ARN', async (t) => {
    await page().openFile(POLICY_FILE);
    const expected = SQUIGGLES.filter((squiggle) => squiggle.file === POLICY_FILE);
    const shown = await squigglesShowing(
      expected.map((squiggle) => squiggle.text),
      `squiggles under ${expected.map((squiggle) => squiggle.text).join(', ')}`,
    );
    t.diagnostic(`squiggles: ${JSON.stringify(shown.map(({ severity, text }) => ({ severity, text })))}`);
    await page().screenshot('02-squiggles');
    for (const { text, code } of expected) {
      const squiggle = shown.find((candidate) => candidate.text === text);
      assert.ok(squiggle, `no squiggle under ${text}`);
      // The hover over the squiggle names the rule: the marker part shows the source and the code.
      await page().hoverAt(squiggle, (hover) => hover.includes(SOURCE) && hover.includes(code), `the hover over ${text} to name ${SOURCE} ${code}`);
      await page().screenshot(`02-problem-hover-${code}`);
    }
  });

  void it('shows the action description from the Service Authorization Reference on hover', async () => {
    await page().openFile(HOVER_ACTION.file);
    const description = loadCatalog().action(HOVER_ACTION.action)?.description;
    assert.ok(description, `the catalog has no description for ${HOVER_ACTION.action}`);
    const box = await page().textBox(HOVER_ACTION.text);
    const hover = await page().hoverAt(box, (text) => text.includes(description), `the hover on ${HOVER_ACTION.action} to show "${description}"`);
    assert.ok(hover.includes(description));
    await page().screenshot('03-hover');
    await page().dismissWidgets();
  });

  void it('lists our codes in the Problems panel', async (t) => {
    const expected = SQUIGGLES.filter((squiggle) => squiggle.file === POLICY_FILE).map((squiggle) => `${SOURCE} | ${squiggle.code}`);
    const rows = await waitFor(
      `Problems rows of ${POLICY_FILE} naming ${expected.join(', ')}`,
      async () => {
        const shown = (await page().problems()).get(POLICY_FILE) ?? [];
        return expected.every((code) => shown.some((row) => row.includes(code))) ? shown : undefined;
      },
      { lastSeen: async () => JSON.stringify([...(await page().problems())]) },
    );
    t.diagnostic(`Problems rows: ${JSON.stringify(rows)}`);
    await page().screenshot('06-problems');
    await page().closePanel();
  });

  void it('applies the wildcard-scoping quick fix from the lightbulb, and the file on disk reads exactly as expected', async (t) => {
    const expected = readFileSync(join(EXPECTED_DIR, SCOPE_FIX.file), 'utf8');
    const onDisk = join(workspace, SCOPE_FIX.file);
    assert.notEqual(readFileSync(onDisk, 'utf8'), expected, 'the fixture must differ from the expected output');
    await page().openFile(SCOPE_FIX.file);
    await squigglesShowing([SCOPE_FIX.at], `a squiggle under ${SCOPE_FIX.at}`);
    const title = await page().applyFixFromLightbulb(SCOPE_FIX.at, SCOPE_FIX.title);
    t.diagnostic(`applied "${title}"`);
    await page().save();
    await waitFor(`${SCOPE_FIX.file} on disk to equal expected/${SCOPE_FIX.file}`, () => (readFileSync(onDisk, 'utf8') === expected ? true : undefined), {
      timeoutMs: 15_000,
      lastSeen: () => readFileSync(onDisk, 'utf8'),
    });
    await page().screenshot('07-after-quick-fix');
  });

  void it('expands a snippet from completion inside the Statement array', async (t) => {
    const snippet = policySnippets().find((candidate) => candidate.body.startsWith('{') && candidate.body.includes('connect:StartChatContact'));
    assert.ok(snippet, 'no statement snippet writes connect:StartChatContact');
    t.diagnostic(`snippet "${snippet.name}" (prefix ${snippet.prefix})`);
    await page().openFile(SNIPPET.file);
    await page().completeSnippet(SNIPPET.after, snippet.prefix);
    await page().save();
    const onDisk = join(workspace, SNIPPET.file);
    // Indentation follows the editor's settings, so compare what the JSON says, not its whitespace.
    const expected = JSON.stringify(parse(expandWithDefaults(snippet.body)));
    const statementOnDisk = (): string | undefined => {
      const errors: ParseError[] = [];
      const policy = parse(readFileSync(onDisk, 'utf8'), errors) as { Statement?: unknown[] } | undefined;
      return errors.length === 0 && policy?.Statement?.length === 1 ? JSON.stringify(policy.Statement[0]) : undefined;
    };
    await waitFor(`${SNIPPET.file} on disk to hold the expanded snippet as its one statement`, () => (statementOnDisk() === expected ? true : undefined), {
      timeoutMs: 15_000,
      lastSeen: () => readFileSync(onDisk, 'utf8'),
    });
    // The empty Statement array was squiggled; the expanded snippet lints clean.
    await waitFor('the policy with the expanded snippet to show no squiggles', async () => ((await page().squiggles()).length === 0 ? true : undefined), {
      lastSeen: () => page().describe(),
    });
    await page().screenshot('08-snippet');
  });

  void it('in a YAML CloudFormation template: squiggles the plain ARN exactly, explains the action on hover, and applies a quick fix to the file on disk', async (t) => {
    const onDisk = join(workspace, YAML_TEMPLATE.file);
    const expected = readFileSync(join(EXPECTED_DIR, YAML_TEMPLATE.file), 'utf8');
    assert.notEqual(readFileSync(onDisk, 'utf8'), expected, 'the fixture must differ from the expected output');
    await page().openFile(YAML_TEMPLATE.file);
    const shown = await squigglesShowing([YAML_TEMPLATE.squiggle.text, YAML_TEMPLATE.fix.at], `squiggles under ${YAML_TEMPLATE.squiggle.text} and ${YAML_TEMPLATE.fix.at}`);
    t.diagnostic(`squiggles: ${JSON.stringify(shown.map(({ severity, text }) => ({ severity, text })))}`);
    await page().screenshot('09-yaml-squiggles');
    const squiggle = shown.find((candidate) => candidate.text === YAML_TEMPLATE.squiggle.text);
    assert.ok(squiggle);
    await page().hoverAt(squiggle, (hover) => hover.includes(SOURCE) && hover.includes(YAML_TEMPLATE.squiggle.code), `the hover over the ARN to name ${YAML_TEMPLATE.squiggle.code}`);
    await page().dismissWidgets();
    const description = loadCatalog().action(YAML_TEMPLATE.hover.action)?.description;
    assert.ok(description);
    await page().hoverAt(await page().textBox(YAML_TEMPLATE.hover.text), (text) => text.includes(description), `the hover on ${YAML_TEMPLATE.hover.action} in YAML to show "${description}"`);
    await page().screenshot('10-yaml-hover');
    await page().dismissWidgets();
    const title = await page().applyFixFromLightbulb(YAML_TEMPLATE.fix.at, YAML_TEMPLATE.fix.title);
    t.diagnostic(`applied "${title}"`);
    await page().save();
    await waitFor(`${YAML_TEMPLATE.file} on disk to equal expected/${YAML_TEMPLATE.file}`, () => (readFileSync(onDisk, 'utf8') === expected ? true : undefined), {
      timeoutMs: 15_000,
      lastSeen: () => readFileSync(onDisk, 'utf8'),
    });
    await page().screenshot('11-yaml-after-quick-fix');
  });

  void it('shows none of our diagnostics on package.json', async () => {
    await page().openFile(PLAIN_JSON_FILE);
    // Proof that the server has seen it: a policy opened after it gets its squiggles first.
    await page().openFile(POLICY_FILE);
    await squigglesShowing([SQUIGGLES[0].text], 'squiggles on the policy opened after package.json');
    const ours = ((await page().problems()).get(PLAIN_JSON_FILE) ?? []).filter((row) => row.includes(SOURCE));
    await page().closePanel();
    assert.deepEqual(ours, []);
    await page().openFile(PLAIN_JSON_FILE);
    const squiggles = await page().squiggles();
    assert.deepEqual(squiggles, [], `package.json shows squiggles: ${JSON.stringify(squiggles)}`);
  });

  void it('leaves no error in the extension host log', () => {
    const log = server?.extensionHostLog() ?? '';
    // An unread or empty log would have no error lines either: it must be the log of this session.
    assert.match(log, ACTIVATED, 'the extension host log was not read');
    const errors = log.split('\n').filter((line) => /\[error\]/i.test(line));
    assert.deepEqual(errors, []);
  });
});
