/**
 * Resources AWS authorizes an action against that the Service Authorization Reference does not list
 * for it, each with where that is known from. The reference lists no resource type for some actions
 * (its wording: they need "*") and one that does not fit the call for others, while AWS itself writes,
 * documents or names in AccessDenied messages the ARN it evaluates. docs/rules/resource-wildcard-required.md
 * lists them.
 */

/**
 * How the resource is known: an AWS documentation page names it; AccessDenied messages AWS returned
 * name it, as users reported them; or AWS documents a grant that works (`grant`) without naming the
 * resource, which is then a resource that grant matches and narrower ones may not.
 */
export type Evidence = 'aws-documentation' | 'access-denied' | 'aws-example';

export interface KnownAuthorization {
  /** service:Action as the reference spells it. */
  action: string;
  /** A name for the resource, as a resource type would have. */
  typeName: string;
  arnTemplates: readonly string[];
  evidence: Evidence;
  source: string;
  /** For 'aws-example': the Resource AWS documents for the action. */
  grant?: string;
}

export const KNOWN_AUTHORIZATION: readonly KnownAuthorization[] = [
  {
    action: 'connect:GetFederationToken',
    typeName: 'federated user',
    arnTemplates: ['arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}/user/${UserId}'],
    evidence: 'aws-documentation',
    source: 'Amazon Connect Administrator Guide, "Configure SAML with IAM for Amazon Connect": the role policy allows connect:GetFederationToken on instance/INSTANCE_ID/user/${aws:userid}',
  },
  {
    action: 'logs:DescribeLogGroups',
    typeName: 'log group listing',
    arnTemplates: ['arn:${Partition}:logs:${Region}:${Account}:log-group::log-stream:'],
    evidence: 'access-denied',
    source: 'AccessDenied "not authorized to perform: logs:DescribeLogGroups on resource: arn:aws:logs:REGION:ACCOUNT:log-group::log-stream:" (hashicorp/terraform-provider-aws#8804, maxbanton/cwh#83)',
  },
  {
    action: 'states:ListStateMachines',
    typeName: 'state machine listing',
    // AWS names stateMachine:* literally; a variable keeps every pattern that could match it.
    arnTemplates: ['arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}'],
    evidence: 'access-denied',
    source: 'AccessDenied "not authorized to perform: states:ListStateMachines on resource: arn:aws:states:REGION:ACCOUNT:stateMachine:*" (scribd/terraform-aws-datadog#18)',
  },
  {
    action: 'eks:CreateCluster',
    typeName: 'cluster',
    arnTemplates: ['arn:${Partition}:eks:${Region}:${Account}:cluster/${ClusterName}'],
    evidence: 'access-denied',
    source: 'AccessDenied "not authorized to perform: eks:CreateCluster on resource: arn:aws:eks:REGION:ACCOUNT:cluster/NAME" (cortexlabs/cortex#1232)',
  },
  {
    action: 's3:ListAllMyBuckets',
    typeName: 'bucket listing',
    // What arn:aws:s3:::* matches and a grant of some buckets (arn:aws:s3:::reports-*) does not.
    arnTemplates: ['arn:${Partition}:s3:::'],
    evidence: 'aws-example',
    grant: 'arn:aws:s3:::*',
    source: 'Amazon S3 User Guide, user policy example: s3:ListAllMyBuckets with "Resource": "arn:aws:s3:::*", a sample AWS kept as "written as intended" when asked (awsdocs/amazon-s3-userguide#51)',
  },
];

const byAction = new Map(KNOWN_AUTHORIZATION.map((known) => [known.action.toLowerCase(), known]));

/** The known authorization resource of service:Action (case-insensitive), if any. */
export function knownAuthorization(service: string, action: string): KnownAuthorization | undefined {
  return byAction.get(`${service}:${action}`.toLowerCase());
}
