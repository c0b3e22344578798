/**
 * `npm run screenshots`: the README's and the walkthrough's screenshots of the first hour, taken in a real
 * VS Code (code-server, provisioned like the real-editor suite) with the packaged extension, on a copy of
 * examples/chat-backend.broken.json: a squiggle with its hover, an action hover, the quick fixes of a
 * Resource "*", the Explain access answer, and the language status item. Writes images/screenshots/.
 * Every step waits for what it shows to be on screen, so a screenshot never shows something else.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshVsix, ROOT } from '../test/package/vsix';
import { CodeServer } from '../test/e2e/harness/codeServer';
import { waitFor } from '../test/e2e/harness/poll';
import { provision } from '../test/e2e/harness/provision';
import { Workbench } from '../test/e2e/harness/workbench';

const OUT = join(ROOT, 'images', 'screenshots');
const FILE = 'chat-backend-policy.json';
const INSTANCE = '4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d';
const FLOW_ARN = `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE}/contact-flow/1f2e3d4c-5b6a-4789-9abc-def012345678`;

async function shoot(workbench: Workbench, name: string): Promise<void> {
  await workbench.page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`screenshots: wrote images/screenshots/${name}.png`);
}

async function problemHover(workbench: Workbench): Promise<void> {
  const squiggle = await waitFor('the squiggle under the bare instance ARN', async () => (await workbench.squiggles()).find((s) => s.text.endsWith(`instance/${INSTANCE}"`)), {
    timeoutMs: 90_000,
    lastSeen: () => workbench.describe(),
  });
  await workbench.hoverAt(squiggle, (text) => text.includes('contact-flow') && text.includes('connect-iam'), 'the hover that explains the bare instance ARN');
  await shoot(workbench, 'problem-hover');
}

async function actionHover(workbench: Workbench): Promise<void> {
  const box = await workbench.textBox('connect:StartChatContact');
  await workbench.hoverAt(box, (text) => text.includes('StartChatContact') && text.includes('contact-flow'), 'the hover on connect:StartChatContact');
  await shoot(workbench, 'action-hover');
}

async function quickFix(workbench: Workbench): Promise<void> {
  const { page } = workbench;
  // StreamTranscripts' Resource "*": the quick fixes scope it to the instance. The last hover must not cover it.
  await workbench.dismissWidgets();
  const box = await workbench.textBox('"*"');
  await page.mouse.click(box.x, box.y);
  await workbench.dismissWidgets();
  const lightbulb = page.locator('.part.editor .lightBulbWidget').first();
  await lightbulb.waitFor({ state: 'visible', timeout: 30_000 });
  await lightbulb.click();
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const titles = () => rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
  await waitFor('the quick fixes of Resource "*"', async () => ((await titles()).some((t) => t.startsWith('Scope to ')) ? true : undefined), {
    timeoutMs: 30_000,
    lastSeen: async () => `menu: ${JSON.stringify(await titles())}`,
  });
  await shoot(workbench, 'quick-fix');
  await page.keyboard.press('Escape');
}

async function explainAccess(workbench: Workbench): Promise<void> {
  const { page } = workbench;
  const input = page.locator('.quick-input-widget input');
  await workbench.dismissWidgets();
  await page.keyboard.press('Control+Shift+P');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill('>Connect IAM: Explain access');
  await page.locator('.quick-input-list .monaco-list-row[aria-label*="Explain access"]').first().click();
  const title = page.locator('.quick-input-widget .quick-input-title');
  await waitFor('the action picker', async () => ((await title.innerText().catch(() => '')).includes('(1/3)') ? true : undefined), { timeoutMs: 30_000 });
  await input.fill('connect:StartChatContact');
  await page.locator('.quick-input-list .monaco-list-row[aria-label*="StartChatContact"]').first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await waitFor('the resource input', async () => ((await title.innerText().catch(() => '')).includes('(2/3)') ? true : undefined), { timeoutMs: 15_000 });
  await input.fill(FLOW_ARN);
  await page.keyboard.press('Enter');
  await waitFor('the context input', async () => ((await title.innerText().catch(() => '')).includes('(3/3)') ? true : undefined), { timeoutMs: 15_000 });
  await page.keyboard.press('Enter');
  const output = page.locator('.part.panel .view-lines');
  await waitFor('the Explain access answer in the output', async () => ((await output.allInnerTexts()).join('\n').includes('StartChatContact') ? true : undefined), {
    timeoutMs: 30_000,
    lastSeen: async () => `panel: ${JSON.stringify(await page.locator('.part.panel').allInnerTexts())}\nquick input: ${JSON.stringify(await page.locator('.quick-input-widget').allInnerTexts())}`,
  });
  await shoot(workbench, 'explain-access');
}

async function statusItem(workbench: Workbench): Promise<void> {
  const { page } = workbench;
  await workbench.dismissWidgets();
  // The language status sits beside the language mode ("{}" in the status bar).
  await page.locator('.statusbar-item[id="status.languageStatus"] a, .statusbar-item[id="status.languageStatus"]').first().click();
  const hover = page.locator('.monaco-hover:not(.hidden), .context-view .hover-contents, .workbench-hover');
  await waitFor('the language status with Connect IAM', async () => ((await hover.allInnerTexts()).join('\n').includes('AWS data') ? true : undefined), { timeoutMs: 30_000, lastSeen: () => workbench.describe() });
  await shoot(workbench, 'status-item');
}

async function main(): Promise<void> {
  const tools = provision();
  const vsix = freshVsix();
  mkdirSync(OUT, { recursive: true });
  const runDir = mkdtempSync(join(tmpdir(), 'connect-iam-screenshots-'));
  const workspace = join(runDir, 'workspace');
  mkdirSync(workspace);
  copyFileSync(join(ROOT, 'examples', 'chat-backend.broken.json'), join(workspace, FILE));
  const server = new CodeServer(tools, runDir);
  let workbench: Workbench | undefined;
  try {
    server.installExtension(vsix);
    workbench = await Workbench.open(tools.chromium, await server.start(workspace), workspace, runDir);
    // Quick Open finds nothing until the workspace's files are indexed, which a loaded machine takes a while for.
    const opened = workbench;
    await waitFor(`Quick Open to open ${FILE}`, () => opened.openFile(FILE).then(() => true).catch(() => undefined), { timeoutMs: 180_000 });
    await problemHover(workbench);
    await actionHover(workbench);
    await quickFix(workbench);
    await statusItem(workbench);
    await explainAccess(workbench).catch(async (error: unknown) => {
      await workbench?.page.screenshot({ path: join(ROOT, 'test-results', 'screenshots-failed.png') }).catch(() => undefined);
      throw error;
    });
  } finally {
    await workbench?.close();
    await server.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
