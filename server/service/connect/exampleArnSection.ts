import type { ActionInfo, ServiceInfo } from '../catalog/catalog';
import { narrowestTypeNames } from '../arn/resourceTypeMatch';
import { fillTemplate } from '../arn/scopedArn';
import { dependentActionsOf } from './dependentActions';

/** Example values that read as examples: AWS's documentation account and a visible instance placeholder. */
const EXAMPLE_VALUES = { Partition: 'aws', Region: 'us-east-1', Account: '111122223333', InstanceId: '<instance-id>' };

/**
 * A section for the hover of a Connect action: the correctly scoped resource to write for it, from
 * its narrowest resource types, so that nobody has to guess between instance and contact-flow ARNs.
 */
export function connectExampleArnSection(action: ActionInfo, service: ServiceInfo): string | undefined {
  if (service.prefix !== 'connect') return undefined;
  const names = narrowestTypeNames(action);
  if (names.length === 0) return `**Scope it like this:** \`"Resource": "*"\` (the action has no resource types).`;
  const arns = names.flatMap((name) => {
    const type = service.resourceType(name);
    return (type?.arnTemplates ?? []).map((template) => fillTemplate(template, EXAMPLE_VALUES));
  });
  if (arns.length === 0) return undefined;
  const resource = arns.length === 1 ? `"${arns[0]}"` : `[${arns.map((arn) => `"${arn}"`).join(', ')}]`;
  const flowNote = names.includes('contact-flow')
    ? ' Use the flow ID instead of `*` to allow one contact flow; the bare instance ARN does not match and is denied.'
    : '';
  // The catalog's own dependent actions are in the hover already; add the ones only the reference pages list.
  const documented = dependentActionsOf(action).filter((name) => !action.dependentActions.includes(name));
  const dependents = documented.length ? `\n\n**Also allow** (dependent actions): ${documented.map((name) => `\`${name}\``).join(', ')}.` : '';
  return `**Scope it like this:** \`"Resource": ${resource}\`.${flowNote}${dependents}`;
}
