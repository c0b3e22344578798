import type { ParsedArn } from './parseArn';

/**
 * Resources that AWS owns and shares with every account, whose ARNs have an empty account though the
 * catalog's template for their type has one. Each entry is a service and the start of the resource part.
 */
interface AwsOwnedResources {
  service: string;
  resourcePrefix: string;
  source: string;
}

export const AWS_OWNED_WITHOUT_ACCOUNT: readonly AwsOwnedResources[] = [
  {
    // AWS-owned documents have many name prefixes (AWS-, AWSSupport-, Amazon..., AwsVssComponents-),
    // so the empty account, not the name, marks the document AWS's.
    service: 'ssm',
    resourcePrefix: 'document/',
    source: 'Systems Manager User Guide, Automation "Setting up identity based policies examples": "The account ID shouldn\'t be specified in the ARN for Amazon owned public documents"; the API\'s document ARN pattern (SsmDocumentConfig documentArn) makes the account optional'
  },
  {
    service: 'ssm',
    resourcePrefix: 'automation-definition/',
    source: 'Systems Manager User Guide, Automation: AWS develops and maintains pre-defined runbooks, SSM documents owned by AWS, whose ARNs carry no account (the same note as for documents); AWS managed policies grant them as arn:aws:ssm:*::automation-definition/AWS-*:*',
  },
  {
    service: 'ssm',
    resourcePrefix: 'parameter/aws/',
    source: 'Systems Manager User Guide, "Working with public parameters": arn:aws:ssm:REGION::parameter/aws/service/...',
  },
  {
    service: 'resource-explorer-2',
    resourcePrefix: 'view/AWSServiceView',
    // The guide documents the views, not their ARN form; AWS managed policies (CloudWatch Application Signals) write it so.
    source: 'Resource Explorer User Guide, "What are AWS service views": pre-defined views AWS creates, available to every account as a global resource',
  },
];

/** Whether an empty account in this ARN names an AWS-owned resource (see AWS_OWNED_WITHOUT_ACCOUNT). */
export function isAwsOwnedWithoutAccount(arn: ParsedArn): boolean {
  const service = arn.service.text;
  const resource = arn.resource.text;
  return AWS_OWNED_WITHOUT_ACCOUNT.some((owned) => owned.service === service && resource.startsWith(owned.resourcePrefix));
}
