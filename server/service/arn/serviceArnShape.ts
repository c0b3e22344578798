import type { Catalog } from '../catalog/catalog';
import { parseArn, type ParsedArn } from './parseArn';
import { patternCouldMatchTemplate } from './templateMatch';
import { ownCopy, TextMemo } from '../text/textMemo';

/**
 * What the Service Authorization Reference says an ARN of this kind holds in the region and account
 * fields: the facts of the templates its resource part could match, or of all the service's templates
 * when it matches none. Each answer matches only as many templates as it needs to.
 */
export interface ArnShape {
  readonly regionPresent: boolean;
  readonly regionEmpty: boolean;
  /** Whether the account field may be of this kind: "id" (${Account}), "empty", or a literal such as "aws". */
  hasAccountKind(kind: string): boolean;
  /** "s3 bucket", "iam role", or just "connect" when the resource part fits no single kind: for messages. */
  readonly label: string;
}

interface Template {
  name: string;
  arn: ParsedArn;
  /** "id", "empty" or the literal account. */
  accountKind: string;
}

/** A service's parsed templates, and which of them have a region, none, and each account kind (indexes into all). */
interface ServiceTemplates {
  all: Template[];
  withRegion?: number[];
  withoutRegion?: number[];
  byAccountKind: Map<string, number[]>;
}

const cache = new WeakMap<Catalog, Map<string, ServiceTemplates>>();

/** The parsed templates whose service field is `service`, with their facts, read once per service. */
function serviceTemplates(catalog: Catalog, service: string): ServiceTemplates {
  let perCatalog = cache.get(catalog);
  if (!perCatalog) cache.set(catalog, (perCatalog = new Map()));
  let templates = perCatalog.get(service);
  if (!templates) {
    const all = (catalog.service(service)?.resourceTypes() ?? []).flatMap((type) =>
      type.arnTemplates.flatMap((template) => {
        const parsed = parseArn(template);
        if (parsed.kind !== 'arn' || parsed.arn.service.text !== service) return [];
        const account = parsed.arn.account.text;
        return [{ name: type.name, arn: parsed.arn, accountKind: account === '' ? 'empty' : account.startsWith('${') ? 'id' : account }];
      }),
    );
    const found: ServiceTemplates = { all, byAccountKind: new Map() };
    all.forEach((template, i) => {
      (template.arn.region.text === '' ? (found.withoutRegion ??= []) : (found.withRegion ??= [])).push(i);
      let kind = found.byAccountKind.get(template.accountKind);
      if (!kind) found.byAccountKind.set(template.accountKind, (kind = []));
      kind.push(i);
    });
    perCatalog.set(service, (templates = found));
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
  if (!perCatalog) shapes.set(catalog, (perCatalog = new TextMemo(MAX_SHAPES)));
  const service = arn.service.text;
  const perService = perCatalog.get(service) ?? perCatalog.set(service, new TextMemo(MAX_SHAPES));
  // The shape keeps the resource part: built from a copy, so that the memo does not hold the document.
  return perService.getOrCompute(arn.resource.text, (resource) => computeShape(catalog, service, resource));
}

/** Shapes by service, then resource part, so that each keystroke reuses the last one's answers. */
const MAX_SHAPES = 2000;
const shapes = new WeakMap<Catalog, TextMemo<TextMemo<ArnShape | undefined>>>();

function computeShape(catalog: Catalog, service: string, resource: string): ArnShape | undefined {
  const templates = serviceTemplates(catalog, service);
  return templates.all.length === 0 ? undefined : new TemplateShape(templates, ownCopy(service), resource);
}

/** One object per ARN resource part (shapes are cached by it), not a set of closures. */
class TemplateShape implements ArnShape {
  /** Whether the resource part could match each template, asked at most once per template. */
  private readonly fitsByIndex: (boolean | undefined)[] = [];

  constructor(
    private readonly facts: ServiceTemplates,
    private readonly service: string,
    private readonly resource: string,
  ) {}

  get regionPresent(): boolean {
    return this.some(this.facts.withRegion);
  }

  get regionEmpty(): boolean {
    return this.some(this.facts.withoutRegion);
  }

  hasAccountKind(kind: string): boolean {
    return this.some(this.facts.byAccountKind.get(kind));
  }

  get label(): string {
    let fitting: Template | undefined;
    for (let i = 0; i < this.facts.all.length; i++) {
      if (!this.fits(i)) continue;
      if (fitting) return this.service;
      fitting = this.facts.all[i];
    }
    return fitting ? `${this.service} ${fitting.name}` : this.service;
  }

  private fits(i: number): boolean {
    return (this.fitsByIndex[i] ??= patternCouldMatchTemplate(this.resource, this.facts.all[i].arn.resource.text));
  }

  /** Whether some template of the relevant set (the fitting ones, else all) is among `holding` (indexes into all). */
  private some(holding: readonly number[] | undefined): boolean {
    if (!holding) return false;
    if (holding.length === this.facts.all.length) return true;
    for (let k = 0; k < holding.length; k++) if (this.fits(holding[k])) return true;
    // None of them fits: the answer is yes only when no template fits at all.
    for (let i = 0; i < this.facts.all.length; i++) if (this.fits(i)) return false;
    return true;
  }
}
