import { version } from '../../package.json';
import type { Catalog } from '../service/catalog/catalog';

export const TOOL_NAME = 'connect-iam';
export const TOOL_VERSION: string = version;

/** The version line plus the AWS data the findings rest on, so a CI log shows how fresh it was. */
export function versionText(catalog: Catalog): string {
  return `${TOOL_NAME} ${TOOL_VERSION}\nAWS catalog: ${catalog.sourceName}, data of ${catalog.date}\n`;
}
