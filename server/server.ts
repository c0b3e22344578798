import { setFlagsFromString } from 'node:v8';
import { createConnection } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/languageServer';

// Each request's garbage dies young; V8 would still grow the young generation to 32 MB. Keeping it
// at its initial size saved about 25 MB of RSS with 100 open policies at no measurable CPU cost
// (bench/server-memory.ts). V8 reads this flag at every growth decision, so setting it now works.
setFlagsFromString('--semi-space-growth-factor=1');

// The transport comes from the command line: --node-ipc when VS Code starts us, --stdio for other editors and tests.
startLanguageServer(createConnection());
