import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Catalog } from '../service/catalog/catalog';
import { loadCatalog } from '../service/catalog/nodeCatalogSource';
import { PolicyLanguageService } from '../service/languageService';
import type { TextDocumentInput } from '../service/document/parsedDocument';
import type { ServiceOptions } from '../service/options';
import { documentInput } from './documentInput';
import { toServiceOptions } from './settings';
import type { SettingsStore } from './settingsStore';

/**
 * How many documents keep their parse between requests. Editing touches a few documents at a time;
 * a parse costs about 15 times its text in memory, so a hundred open policies should not all keep one.
 */
export const PARSES_KEPT = 16;

/** What every handler shares: the connection, the open documents, the service and the settings. */
export class ServerContext {
  private languageService: PolicyLanguageService | undefined;
  private catalog: () => Catalog = () => loadCatalog();
  /** Documents by last use, oldest first (a Map keeps insertion order). */
  private readonly recentlyUsed = new Map<string, true>();

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly settings: SettingsStore,
  ) {}

  /** Created on first use, so that initialize answers before any catalog file is read. */
  get service(): PolicyLanguageService {
    this.languageService ??= new PolicyLanguageService(this.catalog());
    return this.languageService;
  }

  /**
   * Switches to other AWS data (catalogUpdate.ts); the service is made again on next use, and the
   * settings generation moves on so that diagnostics pulled under the old data look stale.
   */
  useCatalog(catalog: () => Catalog): void {
    this.catalog = catalog;
    this.languageService = undefined;
    this.settings.generation++;
  }

  async options(uri: string): Promise<Partial<ServiceOptions>> {
    return toServiceOptions(await this.settings.forDocument(uri), uri);
  }

  /** The service's input for an open document; the least recently used parses beyond PARSES_KEPT are dropped. */
  input(document: TextDocument): TextDocumentInput {
    this.recentlyUsed.delete(document.uri);
    this.recentlyUsed.set(document.uri, true);
    for (const uri of this.recentlyUsed.keys()) {
      if (this.recentlyUsed.size <= PARSES_KEPT) break;
      this.recentlyUsed.delete(uri);
      this.languageService?.forget(uri);
    }
    return documentInput(document);
  }

  forget(uri: string): void {
    this.recentlyUsed.delete(uri);
    this.settings.forget(uri);
    this.languageService?.forget(uri);
  }
}
