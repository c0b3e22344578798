import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isInside } from '../files/readPolicyFile';
import { openCatalog, preferredCatalogDir } from '../service/catalog/nodeCatalogSource';
import { PolicyLanguageService } from '../service/languageService';
import type { TextDocumentInput } from '../service/document/parsedDocument';
import type { ServiceOptions } from '../service/options';
import { installedRuleDocs } from '../ruleDocsLocation';
import { documentInput } from './documentInput';
import { OffThreadValidator, type CatalogInUse } from './offThreadValidation';
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
  /** The AWS data in use: the bundled catalog until registerCatalogUpdate says otherwise. */
  catalog: CatalogInUse = { dir: preferredCatalogDir(), generation: 0 };
  /** Documents by last use, oldest first (a Map keeps insertion order). */
  private readonly recentlyUsed = new Map<string, true>();
  /** Validates large documents on a worker thread. */
  readonly validator = new OffThreadValidator();
  /** The workspace folders' paths, from initialize: saved files are read only inside them. */
  workspaceFolders: string[] = [];

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly settings: SettingsStore,
  ) {}

  /** Created on first use, so that initialize answers before any catalog file is read; says in the log which AWS data it uses. */
  get service(): PolicyLanguageService {
    if (!this.languageService) {
      const catalog = openCatalog(this.catalog.dir);
      this.languageService = new PolicyLanguageService(catalog);
      this.connection.console.info(`Checking IAM policies against the AWS Service Authorization Reference data of ${catalog.date} (${catalog.sourceName}).`);
    }
    return this.languageService;
  }

  /**
   * Switches to other AWS data (catalogUpdate.ts); the service is made again on next use, and the
   * settings generation moves on so that diagnostics pulled under the old data look stale.
   */
  useCatalog(dir: string): void {
    this.catalog = { dir, generation: this.catalog.generation + 1 };
    this.languageService = undefined;
    this.settings.generation++;
  }

  /** The document's settings as service options, with the installed rule docs for the diagnostics' links. */
  async options(uri: string): Promise<Partial<ServiceOptions>> {
    return { ...toServiceOptions(await this.settings.forDocument(uri), uri), ruleDocsBase: installedRuleDocs()?.baseUri };
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

  /** The innermost workspace folder holding a path, if any. */
  workspaceFolderOf(path: string): string | undefined {
    return this.workspaceFolders.filter((folder) => isInside(folder, path)).sort((a, b) => b.length - a.length)[0];
  }

  forget(uri: string): void {
    this.validator.forget(uri);
    this.recentlyUsed.delete(uri);
    this.settings.forget(uri);
    this.languageService?.forget(uri);
  }
}
