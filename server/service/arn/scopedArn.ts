import type { ResourceTypeInfo } from '../catalog/catalog';
import type { ConnectInstance } from '../connect/connectArn';

/** The template prefix every instance-scoped Connect ARN starts with. */
const INSTANCE_PREFIX = 'arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}';

/** The variable values a known Connect instance gives a template. */
export function instanceValues(instance: ConnectInstance | undefined): Record<string, string> {
  if (!instance) return {};
  return { Partition: instance.partition, Region: instance.region, Account: instance.account, InstanceId: instance.instanceId };
}

/** A template with known variables filled in and the rest as "*": the narrowest ARN pattern we can write. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{([A-Za-z0-9]+)\}/g, (_, name: string) => values[name] ?? '*');
}

/**
 * The ARN pattern for a resource type with the instance ARN left as `${InstanceArn}`, for the client
 * command that asks the user for it; undefined for types that do not sit under an instance.
 */
export function instanceArnTemplate(type: ResourceTypeInfo): string | undefined {
  const template = type.arnTemplates.find((t) => t.startsWith(INSTANCE_PREFIX));
  return template === undefined ? undefined : '${InstanceArn}' + fillTemplate(template.slice(INSTANCE_PREFIX.length), {});
}
