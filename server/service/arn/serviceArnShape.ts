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
  let perService = perCatalog.get(arn.service.text);
  if (!perService) {
    if (perCatalog.size >= MAX_SHAPES) perCatalog.clear();
    perCatalog.set(arn.service.text, (perService = new Map()));
  }
  if (perService.has(arn.resource.text)) return perService.get(arn.resource.text);
  const shape = computeShape(catalog, arn);
  if (perService.size >= MAX_SHAPES) perService.clear();
  perService.set(arn.resource.text, shape);
  return shape;
}

/** Shapes by service, then resource part, so that each keystroke reuses the last one's answers. */
const MAX_SHAPES = 2000;
const shapes = new WeakMap<Catalog, Map<string, Map<string, ArnShape | undefined>>>();

type Facts = Pick<ArnShape, 'regionPresent' | 'regionEmpty' | 'accountKinds'>;

function factsOf(templates: Template[]): Facts {
  const facts: Facts = { regionPresent: false, regionEmpty: false, accountKinds: new Set() };
  for (const { arn: template } of templates) {
    if (template.region.text === '') facts.regionEmpty = true;
    else facts.regionPresent = true;
    const account = template.account.text;
    facts.accountKinds.add(account === '' ? 'empty' : account.startsWith('${') ? 'id' : account);
  }
  return facts;
}

/**
 * The facts of every template of a service when they all agree (every Connect ARN has a region and an
 * account), so that any subset of them has those facts too and no matching is needed; else undefined.
 */
const uniform = new WeakMap<Template[], Facts | undefined>();

function uniformFacts(all: Template[]): Facts | undefined {
  if (uniform.has(all)) return uniform.get(all);
  const facts = factsOf(all);
  const agree = !(facts.regionPresent && facts.regionEmpty) && facts.accountKinds.size === 1 ? facts : undefined;
  uniform.set(all, agree);
  return agree;
}

function computeShape(catalog: Catalog, arn: ParsedArn): ArnShape | undefined {
  const all = serviceTemplates(catalog, arn.service.text);
  if (all.length === 0) return undefined;
  let fitting: Template[] | undefined;
  const fit = () => (fitting ??= all.filter((template) => patternCouldMatchTemplate(arn.resource.text, template.arn.resource.text)));
  const service = arn.service.text;
  const facts = uniformFacts(all) ?? factsOf(fit().length > 0 ? fit() : all);
  return {
    ...facts,
    // Only messages need the label, so the matching is done for it only when a rule reports.
    get label() {
      const found = fit();
      return found.length === 1 ? `${service} ${found[0].name}` : service;
    },
  };
}
