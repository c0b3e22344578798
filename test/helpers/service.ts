import { loadCatalog } from '../../server/service/catalog/nodeCatalogSource';
import type { Diagnostic } from '../../server/service/diagnostics';
import { PolicyLanguageService } from '../../server/service/languageService';
import type { ServiceOptions } from '../../server/service/options';
import type { Position } from '../../server/service/text/lineIndex';

let shared: PolicyLanguageService | undefined;

/** One service (and catalog) for the whole test process, as the server keeps one. */
export function service(): PolicyLanguageService {
  shared ??= new PolicyLanguageService(loadCatalog());
  return shared;
}

export function validate(text: string, options?: Partial<ServiceOptions>, languageId = 'json'): Diagnostic[] {
  return service().validate({ uri: 'file:///test/policy.json', text, languageId }, options);
}

export const CURSOR = '¦';

/** Splits a text holding one cursor marker into the text without it and the marker's position. */
export function withCursor(marked: string): { text: string; position: Position } {
  const at = marked.indexOf(CURSOR);
  if (at < 0 || marked.indexOf(CURSOR, at + 1) >= 0) throw new Error(`expected exactly one ${CURSOR} in the text`);
  const before = marked.slice(0, at);
  const line = before.split('\n').length - 1;
  const character = at - (before.lastIndexOf('\n') + 1);
  return { text: marked.slice(0, at) + marked.slice(at + 1), position: { line, character } };
}

/** A minimal identity policy around the given statements (JSON text of each statement). */
export function policy(...statements: string[]): string {
  return `{\n  "Version": "2012-10-17",\n  "Statement": [\n    ${statements.join(',\n    ')}\n  ]\n}\n`;
}
