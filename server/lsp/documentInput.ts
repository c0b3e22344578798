import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentInput } from '../service/document/parsedDocument';

/** What the service needs of an open editor document; the version lets it reuse one parse. */
export function documentInput(document: TextDocument): TextDocumentInput {
  return { uri: document.uri, text: document.getText(), version: document.version, languageId: document.languageId };
}
