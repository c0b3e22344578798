/**
 * The AWS global condition keys, with descriptions we write (the Service Authorization Reference has
 * none) and, for each, when AWS puts it in the request context: a condition on a key that is absent
 * behaves differently (false for most operators, true for Null and for ForAllValues), so "when present"
 * matters as much as the type. Types use the reference's names (String, ArrayOfString, ARN, Bool,
 * Numeric, Date, IPAddress).
 */

export type KeyType = 'String' | 'ArrayOfString' | 'ARN' | 'ArrayOfARN' | 'Bool' | 'ArrayOfBool' | 'Numeric' | 'Date' | 'IPAddress';

export type GlobalKeyCategory = 'principal' | 'session' | 'network' | 'resource' | 'request';

export interface GlobalKey {
  /** Canonical name; tag forms end in "/${TagKey}". */
  name: string;
  type: KeyType;
  category: GlobalKeyCategory;
  description: string;
  /** When AWS includes the key in the request context. */
  presence: string;
  /** Date keys that AWS also compares with Numeric operators (aws:EpochTime). */
  alsoNumeric?: boolean;
  /**
   * Global in name, but AWS sets it only for actions that take tags; the reference lists those actions,
   * so the key can be checked against a statement's actions like a service key.
   */
  actionScoped?: boolean;
}

const ALWAYS = 'Present in every request.';
const TAGGED_PRINCIPAL = 'Present when the calling principal (user or role session) has a tag with this key.';

function key(name: string, type: KeyType, category: GlobalKeyCategory, description: string, presence: string, extra: Partial<GlobalKey> = {}): GlobalKey {
  return { name, type, category, description, presence, ...extra };
}

export const GLOBAL_KEYS: readonly GlobalKey[] = [
  // Principal
  key('aws:PrincipalArn', 'ARN', 'principal', 'The ARN of the principal that made the request. For a role session it is the role ARN, not the assumed-role session ARN.', 'Present in every signed request.'),
  key('aws:PrincipalAccount', 'String', 'principal', 'The 12-digit account ID of the principal that made the request.', 'Present in every signed request.'),
  key('aws:PrincipalOrgPaths', 'ArrayOfString', 'principal', 'The AWS Organizations paths (o-id/r-id/ou-id/) of the principal\'s account; compare with StringLike and a trailing `*`.', 'Present when the principal\'s account belongs to an organization.'),
  key('aws:PrincipalOrgID', 'String', 'principal', 'The AWS Organizations ID (o-...) of the principal\'s account.', 'Present when the principal\'s account belongs to an organization.'),
  key('aws:PrincipalTag/${TagKey}', 'String', 'principal', 'The value of a tag attached to the calling user or role (session tags override role tags).', TAGGED_PRINCIPAL),
  key('aws:PrincipalIsAWSService', 'Bool', 'principal', 'Whether the request is made by an AWS service principal (such as cloudtrail.amazonaws.com) using its own identity.', ALWAYS),
  key('aws:PrincipalServiceName', 'String', 'principal', 'The service principal name (such as cloudtrail.amazonaws.com) when an AWS service makes the request with its own identity.', 'Present only when an AWS service principal makes the request.'),
  key('aws:PrincipalServiceNamesList', 'ArrayOfString', 'principal', 'Every service principal name of the calling service, for services with more than one.', 'Present only when an AWS service principal makes the request.'),
  key('aws:PrincipalType', 'String', 'principal', 'The kind of principal: Account, User, FederatedUser, AssumedRole or Anonymous.', 'Present in every request.'),
  key('aws:userid', 'String', 'principal', 'The principal\'s unique ID (for a role session: role-id:session-name).', 'Present in every signed request.'),
  key('aws:username', 'String', 'principal', 'The friendly name of the calling IAM user.', 'Present only when the caller is an IAM user (absent for roles and federated users).'),
  // Session
  key('aws:AssumedRoot', 'Bool', 'session', 'Whether the request uses a privileged root session obtained with sts:AssumeRoot.', 'Present only for sessions created by sts:AssumeRoot.'),
  key('aws:FederatedProvider', 'String', 'session', 'The identity provider that issued the federated identity (for example cognito-identity.amazonaws.com or an OIDC provider ARN).', 'Present for roles assumed through OIDC or SAML federation.'),
  key('aws:TokenIssueTime', 'Date', 'session', 'When the temporary security credentials were issued.', 'Present only for requests signed with temporary credentials.'),
  key('aws:MultiFactorAuthAge', 'Numeric', 'session', 'Seconds since the caller authenticated with MFA.', 'Present only when the temporary credentials were obtained with MFA.'),
  key('aws:MultiFactorAuthPresent', 'Bool', 'session', 'Whether the temporary credentials were obtained with MFA. Long-term access keys never carry it: prefer `BoolIfExists` when denying on `false`.', 'Present only for requests signed with temporary credentials.'),
  key('aws:ChatbotSourceArn', 'ARN', 'session', 'The ARN of the AWS Chatbot channel configuration that made the request.', 'Present only for requests made through AWS Chatbot.'),
  key('aws:Ec2InstanceSourceVpc', 'String', 'session', 'The VPC ID of the EC2 instance whose role credentials signed the request.', 'Present only for requests signed with EC2 instance role credentials.'),
  key('aws:Ec2InstanceSourcePrivateIPv4', 'IPAddress', 'session', 'The primary private IPv4 address of the EC2 instance whose role credentials signed the request.', 'Present only for requests signed with EC2 instance role credentials.'),
  key('aws:SourceIdentity', 'String', 'session', 'The source identity set when the role session was created, kept across role chaining.', 'Present only when a source identity was set on the session.'),
  key('ec2:RoleDelivery', 'Numeric', 'session', 'The instance metadata service version (1.0 or 2.0) that delivered the instance role credentials.', 'Present only for requests signed with EC2 instance role credentials.'),
  key('ec2:SourceInstanceArn', 'ARN', 'session', 'The ARN of the EC2 instance whose role credentials signed the request.', 'Present only for requests signed with EC2 instance role credentials.'),
  key('glue:RoleAssumedBy', 'String', 'session', 'The AWS Glue service when it assumed the role for the request.', 'Present only for requests made with credentials AWS Glue obtained.'),
  key('glue:CredentialIssuingService', 'String', 'session', 'The AWS Glue service that issued the credentials used for the request.', 'Present only for requests made with credentials AWS Glue issued.'),
  key('lambda:SourceFunctionArn', 'ARN', 'session', 'The ARN of the Lambda function whose execution role credentials signed the request.', 'Present only for requests from a Lambda function\'s execution role.'),
  key('ssm:SourceInstanceArn', 'ARN', 'session', 'The ARN of the Systems Manager managed instance whose credentials signed the request.', 'Present only for requests signed with Systems Manager instance credentials.'),
  key('identitystore:UserId', 'String', 'session', 'The IAM Identity Center user ID behind an identity-enhanced session.', 'Present only for identity-enhanced sessions.'),
  // Network
  key('aws:SourceIp', 'IPAddress', 'network', 'The public IP address the request came from. Compare it with IpAddress / NotIpAddress. It is never a private address.', 'Absent when the request comes through a VPC endpoint (use aws:VpcSourceIp there); for calls an AWS service makes on your behalf it is the service\'s address.'),
  key('aws:SourceVpc', 'String', 'network', 'The ID of the VPC (vpc-...) the request came from.', 'Present only when the request comes through a VPC endpoint.'),
  key('aws:SourceVpcArn', 'String', 'network', 'The ARN of the VPC the request came from.', 'Present only when the request comes through a VPC endpoint of a service that supports the key.'),
  key('aws:SourceVpce', 'String', 'network', 'The ID of the VPC endpoint (vpce-...) the request came through.', 'Present only when the request comes through a VPC endpoint.'),
  key('aws:VpceAccount', 'String', 'network', 'The account ID that owns the VPC endpoint the request came through.', 'Present only when the request comes through a VPC endpoint of a service that supports the key.'),
  key('aws:VpceOrgPaths', 'ArrayOfString', 'network', 'The AWS Organizations path of the account that owns the VPC endpoint.', 'Present only when the request comes through a VPC endpoint of a service that supports the key.'),
  key('aws:VpceOrgID', 'String', 'network', 'The AWS Organizations ID of the account that owns the VPC endpoint.', 'Present only when the request comes through a VPC endpoint of a service that supports the key.'),
  key('aws:VpcSourceIp', 'IPAddress', 'network', 'The (usually private) IP address the request came from inside a VPC. Compare it with IpAddress / NotIpAddress.', 'Present only when the request comes through a VPC endpoint.'),
  // Resource
  key('aws:ResourceAccount', 'String', 'resource', 'The account ID that owns the resource being accessed.', 'Present for most requests to a resource (not all services support it).'),
  key('aws:ResourceOrgID', 'String', 'resource', 'The AWS Organizations ID of the account that owns the resource.', 'Present when the resource\'s account belongs to an organization.'),
  key('aws:ResourceOrgPaths', 'ArrayOfString', 'resource', 'The AWS Organizations path of the account that owns the resource.', 'Present when the resource\'s account belongs to an organization.'),
  key('aws:ResourceTag/${TagKey}', 'String', 'resource', 'The value of a tag attached to the resource being accessed.', 'Present when the resource has a tag with this key and the action supports resource tags.'),
  // Request
  key('aws:CalledVia', 'ArrayOfString', 'request', 'The service principals, in order, that made the request on the principal\'s behalf with forward access sessions.', 'Present only when a supporting AWS service makes the request on the principal\'s behalf.'),
  key('aws:CalledViaFirst', 'String', 'request', 'The first service in aws:CalledVia.', 'Present only when a supporting AWS service makes the request on the principal\'s behalf.'),
  key('aws:CalledViaLast', 'String', 'request', 'The last service in aws:CalledVia.', 'Present only when a supporting AWS service makes the request on the principal\'s behalf.'),
  key('aws:CalledViaAWSMCP', 'String', 'request', 'The AWS-managed MCP server that made the request on the principal\'s behalf.', 'Present only for requests made through an AWS-managed MCP server.'),
  key('aws:ViaAWSService', 'Bool', 'request', 'Whether an AWS service made the request on the principal\'s behalf (a forward access session, for example CloudFormation or Athena calling with your credentials).', ALWAYS),
  key('aws:ViaAWSMCPService', 'Bool', 'request', 'Whether an AWS-managed MCP server made the request on the principal\'s behalf.', ALWAYS),
  key('aws:CurrentTime', 'Date', 'request', 'The date and time of the request.', ALWAYS),
  key('aws:EpochTime', 'Date', 'request', 'The date and time of the request in epoch seconds; compare it with Date or Numeric operators.', ALWAYS, { alsoNumeric: true }),
  key('aws:referer', 'String', 'request', 'The HTTP Referer header the client sent. Any client can forge it: never rely on it alone.', 'Present only when the client sends a Referer header (browsers and some SDK calls).'),
  key('aws:RequestedRegion', 'String', 'request', 'The AWS Region the request was sent to (us-east-1 for global services such as IAM).', ALWAYS),
  key('aws:RequestTag/${TagKey}', 'String', 'request', 'The value of a tag the request sets (on create or tag actions).', 'Present only when the request passes a tag with this key, for actions that take tags.', { actionScoped: true }),
  key('aws:TagKeys', 'ArrayOfString', 'request', 'The tag keys the request sets; use ForAllValues or ForAnyValue with it.', 'Present only when the request passes tags, for actions that take tags.', { actionScoped: true }),
  key('aws:SecureTransport', 'Bool', 'request', 'Whether the request was sent over TLS.', ALWAYS),
  key('aws:SourceArn', 'ARN', 'request', 'The ARN of the resource on whose behalf a service principal makes a service-to-service request (confused-deputy protection).', 'Present only when an AWS service calls another service for one of your resources.'),
  key('aws:SourceAccount', 'String', 'request', 'The account ID of the resource on whose behalf a service principal makes a service-to-service request.', 'Present only when an AWS service calls another service for one of your resources.'),
  key('aws:SourceOwner', 'String', 'request', 'The account that owns the source resource, for services that send this older key.', 'Present only when a supporting AWS service calls another service for one of your resources.'),
  key('aws:SourceOrgPaths', 'ArrayOfString', 'request', 'The AWS Organizations path of the account of the source resource in a service-to-service request.', 'Present only when an AWS service calls another service for one of your resources.'),
  key('aws:SourceOrgID', 'String', 'request', 'The AWS Organizations ID of the account of the source resource in a service-to-service request.', 'Present only when an AWS service calls another service for one of your resources.'),
  key('aws:UserAgent', 'String', 'request', 'The HTTP User-Agent header of the client. Any client can forge it: never rely on it for security.', 'Present when the client sends a User-Agent header.'),
  key('aws:IsMcpServiceAction', 'Bool', 'request', 'Whether the action is an AWS MCP service action.', 'Present for requests made through an AWS-managed MCP server.'),
];

export function isMultivalued(type: string): boolean {
  return type.startsWith('ArrayOf');
}
