import type { ContextEntry, ContextKeyTypeEnum } from '@aws-sdk/client-iam';
import type { Catalog } from '../service/catalog/catalog';
import { resolveConditionKey } from '../service/conditions/keys';

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
 * (an `IpAddress` condition needs type `ip`), so each key's type comes from the catalog, resolved as
 * the rules resolve keys (templates such as `aws:PrincipalTag/${TagKey}`, SAML keys); unknown keys are strings. More than one value makes the list type.
 */
export function contextEntries(context: Record<string, string | string[]> | undefined, catalog: Catalog): ContextEntry[] {
  return Object.entries(context ?? {}).map(([key, value]) => {
    const values = Array.isArray(value) ? value : [value];
    const declared = resolveConditionKey(catalog, key)?.type.toLowerCase() ?? 'string';
    const isList = declared.startsWith('arrayof') || values.length > 1;
    const scalar = SCALAR_TYPES[declared.replace(/^arrayof/, '')] ?? 'string';
    return { ContextKeyName: key, ContextKeyValues: values, ContextKeyType: (isList ? `${scalar}List` : scalar) as ContextKeyTypeEnum };
  });
}
