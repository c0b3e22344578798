/**
 * The custom requests behind "Connect IAM: Update AWS data", shared by the server and the client
 * (the client imports these types only).
 */

/** The client's initializationOptions: where the extension may keep files (its global storage). */
export interface CatalogInitializationOptions {
  globalStoragePath?: string;
}

export const UPDATE_CATALOG_REQUEST = 'connectIam/updateCatalog';
export const UPDATE_CATALOG_PROGRESS = 'connectIam/updateCatalogProgress';
export const CATALOG_STATUS_REQUEST = 'connectIam/catalogStatus';

export interface UpdateCatalogParams {
  /** Another Service Reference index (a mirror, a test server); the editor command sends none. */
  endpoint?: string;
}

export interface UpdateCatalogProgress {
  done: number;
  total: number;
}

export type UpdateCatalogResult = { ok: true; source: string; date: string; services: number; actions: number } | { ok: false; message: string };

/** The AWS data in use. */
export interface CatalogStatus {
  source: string;
  date: string;
  downloaded: boolean;
}
