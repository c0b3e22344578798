// Drives the VS Code workbench in Chromium with the keyboard and mouse, the way a person uses it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { waitFor } from './poll';

export interface Squiggle {
  severity: string;
  /** The characters drawn under the squiggle. */
  text: string;
  /** The whole rendered line it sits on. */
  line: string;
  x: number;
  y: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: number;
  y: number;
}

const HOVER = '.monaco-hover:not(.hidden)';
const ACTION_ROWS = '.action-widget .monaco-list-row.action';

export class Workbench {
  private constructor(
    private readonly context: BrowserContext,
    readonly page: Page,
    private readonly profileDir: string,
    private readonly screenshotsDir: string,
  ) {}

  static async open(chromiumPath: string, url: string, workspace: string, screenshotsDir: string): Promise<Workbench> {
    // Playwright refuses --user-data-dir in args; a persistent context gets a fresh profile this way.
    const profileDir = mkdtempSync(join(tmpdir(), 'connect-iam-chromium-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1600, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await context.addInitScript({ path: join(__dirname, 'inPage.js') });
    const page = context.pages()[0] ?? (await context.newPage());
    const workbench = new Workbench(context, page, profileDir, screenshotsDir);
    try {
      await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    } catch (error) {
      await workbench.screenshot('00-workbench-did-not-open').catch(() => undefined);
      await workbench.close();
      throw error;
    }
    return workbench;
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(this.screenshotsDir, `${name}.png`) });
  }

  /**
   * Opens a workspace file with Quick Open (Ctrl+P) and waits until its editor is the active one. On a loaded
   * machine a click can land while the list still re-renders and open nothing; Quick Open is then asked again,
   * within one overall deadline.
   */
  async openFile(name: string): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      await this.quickOpen(name);
      const wait = Math.min(15_000, Math.max(1_000, deadline - Date.now()));
      const opened = await waitFor(`the editor of ${name} to be active`, async () => ((await this.activeTab()).startsWith(name) ? true : undefined), {
        timeoutMs: wait,
        lastSeen: () => this.describe(),
      }).catch((error: unknown) => {
        if (Date.now() >= deadline) throw error;
        return false;
      });
      if (opened) break;
    }
    await this.page.locator('.part.editor .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
  }

  private async quickOpen(name: string): Promise<void> {
    await this.dismissWidgets();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(name);
    // Click the matching row: Enter would take whichever row has focus while the list still filters.
    const row = this.page.locator(`.quick-input-list .monaco-list-row[aria-label^=${JSON.stringify(name)}]`).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
  }

  /** The active editor tab's accessible name, which starts with the file name. */
  async activeTab(): Promise<string> {
    return (await this.page.locator('.part.editor .tab.active').first().getAttribute('aria-label', { timeout: 1_000 }).catch(() => '')) ?? '';
  }

  async squiggles(): Promise<Squiggle[]> {
    return this.page.evaluate('window.connectIamE2e.squiggles()');
  }

  async editorLines(): Promise<string[]> {
    return this.page.evaluate('window.connectIamE2e.editorLines()');
  }

  async textBox(needle: string): Promise<Box> {
    return waitFor(`"${needle}" to be rendered in the editor`, () => this.page.evaluate<Box | null>(`window.connectIamE2e.textBox(${JSON.stringify(needle)})`).then((box) => box ?? undefined), {
      lastSeen: () => this.describe(),
    });
  }

  /** Moves the mouse over a point and returns the hover's text once it contains what is expected. */
  async hoverAt(point: { x: number; y: number }, expected: (text: string) => boolean, what: string): Promise<string> {
    await this.dismissWidgets();
    await this.page.mouse.move(point.x, point.y);
    return waitFor(
      what,
      async () => {
        const text = await this.hoverText();
        return expected(text) ? text : undefined;
      },
      { timeoutMs: 15_000, lastSeen: async () => `hover: ${JSON.stringify(await this.hoverText())}\n${await this.describe()}` },
    );
  }

  async hoverText(): Promise<string> {
    const hovers = await this.page.locator(HOVER).allInnerTexts();
    return hovers.join('\n---\n');
  }

  /** Opens the Problems panel (Ctrl+Shift+M) and returns, per file, each problem as shown: message | source | code | position. */
  async problems(): Promise<Map<string, string[]>> {
    await this.dismissWidgets();
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10_000 });
    const rows = await this.page.evaluate<{ label: string; text: string }[]>('window.connectIamE2e.problemRows()');
    const byFile = new Map<string, string[]>();
    let problemsOfFile: string[] = [];
    for (const { label, text } of rows) {
      // File rows read "3 problems in file chat-backend.json of folder ."; the problem rows follow them.
      const file = /problems? in file (.+) of folder/.exec(label)?.[1];
      if (file) byFile.set(file, (problemsOfFile = []));
      else problemsOfFile.push(text.replace(/\n/g, ' | '));
    }
    return byFile;
  }

  async closePanel(): Promise<void> {
    if (await this.page.locator('.markers-panel').isVisible()) await this.page.keyboard.press('Control+Shift+M');
  }

  /** Puts the cursor on the text, opens the lightbulb menu with the mouse and applies the fix whose title matches. */
  async applyFixFromLightbulb(needle: string, title: RegExp): Promise<string> {
    const box = await this.textBox(needle);
    await this.page.mouse.click(box.x, box.y);
    await this.dismissWidgets();
    const lightbulb = this.page.locator('.part.editor .lightBulbWidget').first();
    await lightbulb.waitFor({ state: 'visible', timeout: 15_000 });
    await lightbulb.click();
    const rows = this.page.locator(ACTION_ROWS);
    await rows.first().waitFor({ timeout: 15_000 });
    const titles = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
    await this.screenshot('04-quick-fix-menu');
    const index = titles.findIndex((candidate) => title.test(candidate));
    if (index < 0) throw new Error(`the lightbulb menu has no fix matching ${title}; it offered: ${JSON.stringify(titles)}`);
    await rows.nth(index).click();
    return titles[index];
  }

  /** Starts a new line after the text, types a prefix, asks for completion (Ctrl+Space) and accepts the item for it. */
  async completeSnippet(after: string, prefix: string): Promise<void> {
    const box = await this.textBox(after);
    await this.page.mouse.click(box.right, box.y);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(prefix);
    await this.page.keyboard.press('Control+Space');
    const item = this.page.locator(`.suggest-widget .monaco-list-row[aria-label*=${JSON.stringify(prefix)}]`).first();
    await item.waitFor({ state: 'visible', timeout: 15_000 });
    await this.screenshot('05-snippet-completion');
    await item.click();
    // Leave snippet mode with the defaults in place.
    await this.page.keyboard.press('Escape');
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
  }

  /** Closes hovers, menus and suggestions, as Escape does for a person. */
  async dismissWidgets(): Promise<void> {
    await this.page.mouse.move(2, 2);
    await this.page.keyboard.press('Escape');
  }

  /** What the page showed, for failure messages. */
  async describe(): Promise<string> {
    const notifications = await this.page.locator('.notifications-toasts .notification-toast').allInnerTexts().catch(() => []);
    return [
      `active tab: ${await this.activeTab()}`,
      `editor lines:\n${(await this.editorLines().catch(() => [])).join('\n')}`,
      `squiggles: ${JSON.stringify(await this.squiggles().catch(() => []))}`,
      `notifications: ${JSON.stringify(notifications)}`,
    ].join('\n');
  }
}
