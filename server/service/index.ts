export { Catalog } from './catalog/catalog';
export { loadCatalog } from './catalog/nodeCatalogSource';
export * from './diagnostics';
export type { TextDocumentInput } from './document/parsedDocument';
export type { CodeAction, CompletionItem, Hover } from './features/types';
export { PolicyLanguageService } from './languageService';
export { withDefaults, type ServiceOptions } from './options';
export { RULES, ruleById } from './rules/registry';
export type { Position, Range, TextEdit } from './text/lineIndex';
