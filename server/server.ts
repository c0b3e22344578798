import { createConnection } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/languageServer';

// The transport comes from the command line: --node-ipc when VS Code starts us, --stdio for other editors and tests.
startLanguageServer(createConnection());
