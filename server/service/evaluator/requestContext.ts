import type { Catalog } from '../catalog/catalog';
import { resolveConditionKey } from '../conditions/keys';

/** One request context key: single-valued (a string) or multivalued (a set of strings). */
export interface ContextValue {
  name: string;
  values: string[];
  multivalued: boolean;
}

/**
 * The request context with IAM's lookup rule: condition key names are case-insensitive. With a
 * catalog, a key whose type is ArrayOf... is multivalued even when given one string, and a
 * one-element array for a single-valued key is that single value.
 */
export class RequestContext {
  private readonly entries = new Map<string, ContextValue>();

  constructor(context: Record<string, string | string[]> | undefined, catalog?: Catalog) {
    for (const [name, raw] of Object.entries(context ?? {})) {
      const declared = catalog ? declaredMultivalued(catalog, name) : undefined;
      const values = Array.isArray(raw) ? raw : [raw];
      const multivalued = declared ?? (Array.isArray(raw) && raw.length !== 1);
      this.entries.set(name.toLowerCase(), { name, values, multivalued });
    }
  }

  get(key: string): ContextValue | undefined {
    return this.entries.get(key.toLowerCase());
  }

  /** The single value of a key, for policy variables; undefined when missing or multivalued. */
  single(key: string): string | undefined {
    const entry = this.get(key);
    return entry && !entry.multivalued ? entry.values[0] : undefined;
  }
}

/** Whether the catalog types a key as ArrayOf...; remembered per catalog, as requests reuse few keys. */
const declared = new WeakMap<Catalog, Map<string, boolean | undefined>>();

function declaredMultivalued(catalog: Catalog, name: string): boolean | undefined {
  let known = declared.get(catalog);
  if (!known) declared.set(catalog, (known = new Map()));
  const key = name.toLowerCase();
  if (!known.has(key)) known.set(key, resolveConditionKey(catalog, name)?.multivalued);
  return known.get(key);
}
