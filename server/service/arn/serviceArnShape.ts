import type { Catalog } from '../catalog/catalog';
import { parseArn, type ParsedArn } from './parseArn';
import { patternCouldMatchTemplate } from './templateMatch';

/** What the Service Authorization Reference says an ARN of this kind holds in the region and account fields. */
export interface ArnShape {
  regionPresent: boolean;
  regionEmpty: boolean;
  /** Account field kinds: "id" (${Account}), "empty", or a literal such as "aws". */
  accountKinds: Set<string>;
  /** "s3 bucket", "iam role", or just "connect" when the resource part fits no single kind: for messages. */
  label: string;
}

interface Template {
  name: string;
  arn: ParsedArn;
}

const cache = new WeakMap<Catalog, Map<string, Template[]>>();

/** The parsed templates whose service field is `service`. */
function serviceTemplates(catalog: Catalog, service: string): Template[] {
  let perCatalog = cache.get(catalog);
  if (!perCatalog) cache.set(catalog, (perCatalog = new Map()));
  let templates = perCatalog.get(service);
  if (!templates) {
    templates = (catalog.service(service)?.resourceTypes() ?? []).flatMap((type) => {
      const parsed = parseArn(type.arnTemplate);
      return parsed.kind === 'arn' && parsed.arn.service.text === service ? [{ name: type.name, arn: parsed.arn }] : [];
    });
    perCatalog.set(service, templates);
  }
  return templates;
}

/**
 * The shape of ARNs like `arn`: from the templates of its service whose resource part it could match
 * (an S3 bucket has no account, an S3 access point has one), else from all of the service's templates.
 * Undefined for a service the catalog does not know.
 */
export function arnShape(catalog: Catalog, arn: ParsedArn): ArnShape | undefined {
  let perCatalog = shapes.get(catalog);
  if (!perCatalog) shapes.set(catalog, (perCatalog = new Map()));
  const key = `${arn.service.text}:${arn.resource.text}`;
  if (perCatalog.has(key)) return perCatalog.get(key);
  const shape = computeShape(catalog, arn);
  if (perCatalog.size >= MAX_SHAPES) perCatalog.clear();
  perCatalog.set(key, shape);
  return shape;
}

/** Shapes by "service:resource", so that each keystroke reuses the last one's answers. */
const MAX_SHAPES = 2000;
const shapes = new WeakMap<Catalog, Map<string, ArnShape | undefined>>();

function computeShape(catalog: Catalog, arn: ParsedArn): ArnShape | undefined {
  const all = serviceTemplates(catalog, arn.service.text);
  if (all.length === 0) return undefined;
  const fitting = all.filter((template) => patternCouldMatchTemplate(arn.resource.text, template.arn.resource.text));
  const label = fitting.length === 1 ? `${arn.service.text} ${fitting[0].name}` : arn.service.text;
  const shape: ArnShape = { regionPresent: false, regionEmpty: false, accountKinds: new Set(), label };
  for (const { arn: template } of fitting.length > 0 ? fitting : all) {
    if (template.region.text === '') shape.regionEmpty = true;
    else shape.regionPresent = true;
    const account = template.account.text;
    shape.accountKinds.add(account === '' ? 'empty' : account.startsWith('${') ? 'id' : account);
  }
  return shape;
}
