import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadCatalog } from '../service/catalog/nodeCatalogSource';
import { PolicyLanguageService } from '../service/languageService';
import type { ServiceOptions } from '../service/options';
import { toServiceOptions } from './settings';
import type { SettingsStore } from './settingsStore';

/** What every handler shares: the connection, the open documents, the service and the settings. */
export class ServerContext {
  private languageService: PolicyLanguageService | undefined;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly settings: SettingsStore,
  ) {}

  /** Created on first use, so that initialize answers before any catalog file is read. */
  get service(): PolicyLanguageService {
    this.languageService ??= new PolicyLanguageService(loadCatalog());
    return this.languageService;
  }

  async options(uri: string): Promise<Partial<ServiceOptions>> {
    return toServiceOptions(await this.settings.forDocument(uri), uri);
  }

  forget(uri: string): void {
    this.settings.forget(uri);
    this.languageService?.forget(uri);
  }
}
