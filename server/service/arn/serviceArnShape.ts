import type { Catalog } from '../catalog/catalog';
import { parseArn } from './parseArn';

/** What the Service Authorization Reference says a service's ARNs hold in the region and account fields. */
export interface ServiceArnShape {
  /** Some template has a region / none is empty, and so on. */
  regionPresent: boolean;
  regionEmpty: boolean;
  /** Account field kinds: "id" (${Account}), "empty", or a literal such as "aws". */
  accountKinds: Set<string>;
}

const cache = new WeakMap<Catalog, Map<string, ServiceArnShape | undefined>>();

/** The shape of ARNs whose service field is `service`, from the templates of the catalog service of that name. */
export function serviceArnShape(catalog: Catalog, service: string): ServiceArnShape | undefined {
  let perCatalog = cache.get(catalog);
  if (!perCatalog) cache.set(catalog, (perCatalog = new Map()));
  if (perCatalog.has(service)) return perCatalog.get(service);
  let shape: ServiceArnShape | undefined;
  for (const type of catalog.service(service)?.resourceTypes() ?? []) {
    const parsed = parseArn(type.arnTemplate);
    if (parsed.kind !== 'arn' || parsed.arn.service.text !== service) continue;
    shape ??= { regionPresent: false, regionEmpty: false, accountKinds: new Set() };
    if (parsed.arn.region.text === '') shape.regionEmpty = true;
    else shape.regionPresent = true;
    const account = parsed.arn.account.text;
    shape.accountKinds.add(account === '' ? 'empty' : account.startsWith('${') ? 'id' : account);
  }
  perCatalog.set(service, shape);
  return shape;
}
