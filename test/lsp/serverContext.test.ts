import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PARSES_KEPT, ServerContext } from '../../server/lsp/serverContext';
import type { SettingsStore } from '../../server/lsp/settingsStore';

void describe('server: parses kept between requests', () => {
  void it(`keeps the ${PARSES_KEPT} most recently used documents' parses and drops the rest`, () => {
    const context = new ServerContext({ console: { info: () => undefined } } as unknown as Connection, {} as TextDocuments<TextDocument>, { forget: () => undefined } as unknown as SettingsStore);
    const forgotten: string[] = [];
    context.service.forget = (uri: string) => void forgotten.push(uri);
    const doc = (i: number) => TextDocument.create(`file:///p${i}.json`, 'json', 1, '{"Statement": []}');

    for (let i = 0; i < PARSES_KEPT; i++) assert.equal(context.input(doc(i)).uri, `file:///p${i}.json`);
    assert.deepEqual(forgotten, []);
    context.input(doc(0)); // used again: now the most recent
    context.input(doc(PARSES_KEPT));
    assert.deepEqual(forgotten, ['file:///p1.json']);
    context.forget('file:///p2.json');
    context.input(doc(PARSES_KEPT + 1));
    assert.deepEqual(forgotten, ['file:///p1.json', 'file:///p2.json'], 'a closed document frees its place');
  });
});
