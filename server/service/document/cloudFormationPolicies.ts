import type { Node } from 'jsonc-parser';

/**
 * What CloudFormation resource types hold where, for policy discovery. Most types that carry a policy
 * hold a whole document (PolicyDocument, KeyPolicy, AccessPolicies, ...), found by its shape; these
 * tables list the exceptions, from each type's page in the CloudFormation resource reference.
 */

/**
 * Properties that hold one statement, which the service puts into its own policy document:
 * AWS::Events::EventBusPolicy's Statement ("the permission policy statement"; EventBridge adds it,
 * under its StatementId, to the event bus's policy).
 */
const SINGLE_STATEMENT: ReadonlyMap<string, string> = new Map([['AWS::Events::EventBusPolicy', 'Statement']]);

/**
 * Types whose properties say "Statement" for something that is not IAM: WAF rule statements
 * (Rules[].Statement, NotStatement.Statement) and Cedar policy text in Verified Permissions.
 */
const NOT_IAM: ReadonlySet<string> = new Set([
  'AWS::WAFv2::WebACL',
  'AWS::WAFv2::RuleGroup',
  'AWS::VerifiedPermissions::Policy',
  'AWS::VerifiedPermissions::PolicyTemplate',
]);

/** The Type of a CloudFormation resource object ({"Type": "AWS::...", "Properties": {...}}), if it is one. */
export function resourceTypeOf(object: Node): string | undefined {
  let type: string | undefined;
  let hasProperties = false;
  for (const prop of object.children ?? []) {
    const key = prop.children?.[0]?.value;
    const value = prop.children?.[1];
    if (key === 'Type' && value?.type === 'string') type = value.value as string;
    else if (key === 'Properties' && value?.type === 'object') hasProperties = true;
  }
  return hasProperties ? type : undefined;
}

/** The property of this resource type that holds a single statement rather than a document. */
export function singleStatementProperty(resourceType: string): string | undefined {
  return SINGLE_STATEMENT.get(resourceType);
}

/** Whether this resource type holds no IAM policy, whatever its properties look like. */
export function holdsNoIamPolicy(resourceType: string): boolean {
  return NOT_IAM.has(resourceType);
}
