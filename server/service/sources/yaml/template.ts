import type { SourceNode } from '../types';

/**
 * Whether a YAML tree is a CloudFormation or SAM template: it has AWSTemplateFormatVersion, or a
 * Resources mapping with a resource whose Type is an AWS type. Other YAML (CI workflows, Kubernetes
 * manifests, docker-compose files, OpenAPI documents) is not searched for policies.
 */
export function isCloudFormationTemplate(root: SourceNode | undefined): boolean {
  if (root?.type !== 'object') return false;
  for (const property of root.children ?? []) {
    const key = property.children?.[0]?.value as unknown;
    if (key === 'AWSTemplateFormatVersion') return true;
    if (key === 'Resources' && holdsAwsResource(property.children?.[1])) return true;
  }
  return false;
}

function holdsAwsResource(resources: SourceNode | undefined): boolean {
  if (resources?.type !== 'object') return false;
  return (resources.children ?? []).some((resource) => {
    const body = resource.children?.[1];
    if (body?.type !== 'object') return false;
    return (body.children ?? []).some((p) => {
      const type = p.children?.[1];
      return p.children?.[0]?.value === 'Type' && type?.type === 'string' && (type.value as string).startsWith('AWS::');
    });
  });
}
