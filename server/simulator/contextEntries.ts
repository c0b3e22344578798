import type { ContextEntry, ContextKeyTypeEnum } from '@aws-sdk/client-iam';
import type { Catalog } from '../service/catalog/catalog';

/** The Service Authorization Reference's condition key types, as the simulator's ContextKeyType. */
const SCALAR_TYPES: Record<string, ContextKeyTypeEnum> = {
  string: 'string',
  arn: 'string',
  bool: 'boolean',
  boolean: 'boolean',
  numeric: 'numeric',
  date: 'date',
  ipaddress: 'ip',
  binary: 'binary',
};

/**
 * The request context as the simulator's ContextEntries. AWS compares values by the declared type
 * (an `IpAddress` condition needs type `ip`), so each key's type comes from the catalog; unknown
 * keys are strings. More than one value makes the list type.
 */
export function contextEntries(context: Record<string, string | string[]> | undefined, catalog: Catalog): ContextEntry[] {
  return Object.entries(context ?? {}).map(([key, value]) => {
    const values = Array.isArray(value) ? value : [value];
    const declared = conditionKeyType(key, catalog)?.toLowerCase() ?? 'string';
    const isList = declared.startsWith('arrayof') || values.length > 1;
    const scalar = SCALAR_TYPES[declared.replace(/^arrayof/, '')] ?? 'string';
    return { ContextKeyName: key, ContextKeyValues: values, ContextKeyType: (isList ? `${scalar}List` : scalar) as ContextKeyTypeEnum };
  });
}

/** The declared type of a global or service condition key; `aws:PrincipalTag/team` matches `aws:PrincipalTag/${TagKey}`. */
function conditionKeyType(key: string, catalog: Catalog): string | undefined {
  const colon = key.indexOf(':');
  if (colon <= 0) return undefined;
  const known =
    key.slice(0, colon).toLowerCase() === 'aws'
      ? catalog.globalConditionKeys()
      : (catalog.service(key.slice(0, colon))?.conditionKeys() ?? []);
  const wanted = key.toLowerCase();
  const slash = wanted.indexOf('/');
  const match = (declared: string) =>
    declared === wanted || (slash > 0 && declared.includes('/') && declared.startsWith(wanted.slice(0, slash + 1)));
  return known.find((k) => typeof k.key === 'string' && k.type && match(k.key.toLowerCase()))?.type;
}
