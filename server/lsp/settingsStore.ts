import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, readSettings, type ConnectIamSettings } from './settings';
import type { SettingsWarnings } from './settingsWarnings';

export const SETTINGS_SECTION = 'connectIam';

/**
 * The `connectIam` settings for each document. Clients with workspace/configuration are asked per
 * document scope (folder settings may differ); others send the section in didChangeConfiguration.
 */
export class SettingsStore {
  private readonly perDocument = new Map<string, Promise<ConnectIamSettings>>();
  private pushedSection: unknown;
  /** Bumped on every change, so results computed under older settings can be told apart. */
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly askClient: boolean,
    private readonly warnings: SettingsWarnings,
    private readonly knownRuleIds: ReadonlySet<string>,
  ) {}

  forDocument(uri: string): Promise<ConnectIamSettings> {
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** didChangeConfiguration: `settings` is the whole configuration when the client pushes it. */
  changed(settings: unknown): void {
    this.generation++;
    this.perDocument.clear();
    this.warnings.reset();
    if (!this.askClient && typeof settings === 'object' && settings !== null) {
      this.pushedSection = (settings as Record<string, unknown>)[SETTINGS_SECTION];
    }
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }

  private async load(uri: string): Promise<ConnectIamSettings> {
    let raw: unknown = this.pushedSection;
    if (this.askClient) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
      } catch (error) {
        this.connection.console.error(`Could not read the ${SETTINGS_SECTION} settings for ${uri}; using the defaults. ${String(error)}`);
        return DEFAULT_SETTINGS;
      }
    }
    const { settings, problems } = readSettings(raw, this.knownRuleIds);
    this.warnings.report(problems);
    return settings;
  }
}
