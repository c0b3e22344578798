import type { ActionInfo, Catalog } from '../service/catalog/catalog';
import type { ActionNameItem } from './explainProtocol';

const MAX_ITEMS = 100;
/** The service the product is about comes first when nothing is typed yet. */
const DEFAULT_SERVICE = 'connect';

/**
 * Action names for the Explain command's picker: "connect:startch" narrows to the actions of
 * `connect` starting (then containing) "startch"; a bare "conn" lists the actions of the services
 * whose prefix starts with it.
 */
export function actionNames(catalog: Catalog, query: string): ActionNameItem[] {
  const text = query.trim().toLowerCase();
  const colon = text.indexOf(':');
  if (colon < 0) {
    const prefixes = text ? catalog.servicePrefixes().filter((p) => p.startsWith(text)).sort() : [DEFAULT_SERVICE];
    const actions: ActionInfo[] = [];
    for (const prefix of prefixes) {
      actions.push(...(catalog.service(prefix)?.actions() ?? []));
      if (actions.length >= MAX_ITEMS) break;
    }
    return actions.slice(0, MAX_ITEMS).map((a) => item(catalog, a));
  }
  const service = catalog.service(text.slice(0, colon));
  if (!service) return [];
  const rest = text.slice(colon + 1);
  const all = service.actions();
  const starting = all.filter((a) => a.name.toLowerCase().startsWith(rest));
  const containing = all.filter((a) => !a.name.toLowerCase().startsWith(rest) && a.name.toLowerCase().includes(rest));
  return [...starting, ...containing].slice(0, MAX_ITEMS).map((a) => item(catalog, a));
}

function item(catalog: Catalog, action: ActionInfo): ActionNameItem {
  const service = catalog.service(action.service);
  const templates = action.resourceTypes.flatMap((rt) => service?.resourceType(rt.name)?.arnTemplates ?? []);
  return {
    name: `${action.service}:${action.name}`,
    accessLevel: action.accessLevel,
    description: action.description,
    resourceTemplates: templates.length > 0 ? templates : ['*'],
  };
}
