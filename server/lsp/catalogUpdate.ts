import type { CancellationToken, InitializeParams } from 'vscode-languageserver';
import { bundledCatalogDir, bundledData } from '../service/catalog/nodeCatalogSource';
import { defaultCacheDir, readDownloadedCatalog } from '../service/catalog/update/catalogStore';
import { updateCatalog } from '../service/catalog/update/updateCatalog';
import {
  CATALOG_STATUS_REQUEST,
  UPDATE_CATALOG_PROGRESS,
  UPDATE_CATALOG_REQUEST,
  type CatalogInitializationOptions,
  type CatalogStatus,
  type UpdateCatalogParams,
  type UpdateCatalogProgress,
  type UpdateCatalogResult,
} from './catalogUpdateProtocol';
import { guard } from './guard';
import type { ServerContext } from './serverContext';

/** A fresh catalog object: the download replaces the folder's files, so a cached one would mix old and new. */

/**
 * The downloaded AWS data: read from the extension's global storage (or, for other editors, the
 * CLI's cache folder) when it is complete, else the bundled catalog; "Update AWS data" downloads
 * it again and switches the open documents to it without a restart.
 */
export function registerCatalogUpdate(context: ServerContext, params: InitializeParams, recheck: () => void): void {
  const options = (params.initializationOptions ?? {}) as CatalogInitializationOptions;
  const cacheDir = typeof options.globalStoragePath === 'string' && options.globalStoragePath !== '' ? options.globalStoragePath : defaultCacheDir();
  context.useCatalog(readDownloadedCatalog(cacheDir)?.dir ?? bundledCatalogDir());
  const { connection } = context;

  connection.onRequest(
    CATALOG_STATUS_REQUEST,
    guard(connection.console, 'AWS data status', undefined, (): CatalogStatus => {
      const catalog = context.service.catalog;
      return { source: catalog.sourceName, date: catalog.date, downloaded: readDownloadedCatalog(cacheDir) !== undefined };
    }),
  );

  let running: Promise<UpdateCatalogResult> | undefined;
  connection.onRequest(UPDATE_CATALOG_REQUEST, async (params: UpdateCatalogParams | null, token: CancellationToken): Promise<UpdateCatalogResult> => {
    if (running) return { ok: false, message: 'An update of the AWS data is already running.' };
    const controller = new AbortController();
    const cancel = token.onCancellationRequested(() => controller.abort());
    running = (async (): Promise<UpdateCatalogResult> => {
      try {
        const result = await updateCatalog({
          cacheDir,
          endpoint: typeof params?.endpoint === 'string' ? params.endpoint : undefined,
          bundled: bundledData(),
          signal: controller.signal,
          onProgress: (done, total) => void connection.sendNotification(UPDATE_CATALOG_PROGRESS, { done, total } satisfies UpdateCatalogProgress),
        });
        if (!result.ok) return { ok: false, message: result.message };
        context.useCatalog(result.dir);
        recheck();
        connection.console.info(`AWS data updated: ${result.services} services, ${result.actions} actions, data of ${result.date}, in ${result.dir}`);
        return { ok: true, source: result.source, date: result.date, services: result.services, actions: result.actions };
      } catch (error) {
        connection.console.error(`Updating the AWS data failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return { ok: false, message: `The AWS data was not updated: ${error instanceof Error ? error.message : String(error)}` };
      } finally {
        cancel.dispose();
        running = undefined;
      }
    })();
    return running;
  });
}
