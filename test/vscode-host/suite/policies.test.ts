// The extension seen through the VS Code API, inside the extension host: diagnostics, hover, quick fix.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { HOVER_ACTION, PLAIN_JSON_FILE, POLICY_FILE, SCOPE_FIX, SQUIGGLES } from '../../e2e/expectations';
import { waitFor } from '../../e2e/harness/poll';

const SOURCE = 'connect-iam';
const EXTENSION_ID = 'connect-iam.connect-iam';
/** Set by the runner: where the expected fix outputs live and the hover text the catalog gives. */
const { expectedDir, hoverDescription } = JSON.parse(process.env.CONNECT_IAM_HOST_EXPECTATIONS ?? '{}') as { expectedDir: string; hoverDescription: string };

function workspaceUri(file: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the in-host suite needs a workspace folder');
  return vscode.Uri.joinPath(folder.uri, file);
}

async function open(file: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(file));
  await vscode.window.showTextDocument(document);
  return document;
}

const ours = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);

const codeOf = (diagnostic: vscode.Diagnostic): string => String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);

function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `${text} is not in ${document.fileName}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

describe('Connect IAM inside the extension host', () => {
  it('activates on a JSON policy and reports each expected code on exactly the expected text', async () => {
    const document = await open(POLICY_FILE);
    const expected = SQUIGGLES.filter((squiggle) => squiggle.file === POLICY_FILE);
    const found = await waitFor(
      'our diagnostics on the policy',
      () => {
        const diagnostics = ours(document.uri).map((diagnostic) => ({ code: codeOf(diagnostic), text: document.getText(diagnostic.range) }));
        return expected.every((want) => diagnostics.some((got) => got.code === want.code && got.text === want.text)) ? diagnostics : undefined;
      },
      { timeoutMs: 30_000, lastSeen: () => JSON.stringify(ours(document.uri).map((d) => [codeOf(d), document.getText(d.range)])) },
    );
    assert.ok(found.length >= expected.length);
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('hovers an action with its description', async () => {
    const document = await open(HOVER_ACTION.file);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, HOVER_ACTION.text).start);
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.ok(text.includes(hoverDescription), `the hover does not show "${hoverDescription}":\n${text}`);
  });

  it('offers the wildcard-scoping quick fix, whose edit gives exactly the expected text', async () => {
    const document = await open(SCOPE_FIX.file);
    const range = rangeOf(document, SCOPE_FIX.at);
    await waitFor('a diagnostic on the wildcard resource', () => (ours(document.uri).some((d) => d.range.contains(range)) ? true : undefined));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => SCOPE_FIX.title.test(action.title));
    assert.ok(fix?.edit, `no quick fix matching ${SCOPE_FIX.title}: ${JSON.stringify(actions.map((action) => action.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), readFileSync(join(expectedDir, SCOPE_FIX.file), 'utf8'));
  });

  it('reports nothing of ours on package.json', async () => {
    const plain = await open(PLAIN_JSON_FILE);
    // A policy opened afterwards gets diagnostics, so the server has had its turn on package.json.
    const policy = await open(POLICY_FILE);
    await waitFor('diagnostics on the policy opened after package.json', () => (ours(policy.uri).length > 0 ? true : undefined));
    assert.deepEqual(ours(plain.uri), []);
  });
});
