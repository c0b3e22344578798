import { actionMatchesNoResource } from '../../server/service/rules/resources/actionMatchesNoResource';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { allow, CONTACTS_ARN, FLOWS_ARN, INSTANCE_ARN } from '../connect/fixtures';

const mark = (text: string, what: string) => text.replace(`"${what}"`, `⟦"${what}"⟧`);

ruleTable(actionMatchesNoResource, {
  valid: [
    policy(allow('connect:StartChatContact', FLOWS_ARN)),
    { name: 'AWS-owned SSM documents have an empty account', code: policy(allow('ssm:SendCommand', ['arn:aws:ssm:us-east-1::document/AWS-RunShellScript', 'arn:aws:ec2:us-east-1:123456789012:instance/*'])) },
    policy(allow('connect:StartChatContact', [CONTACTS_ARN, FLOWS_ARN])),
    policy(allow(['connect:DescribeContact', 'connect:StopContact'], CONTACTS_ARN)),
    policy(allow('connect:StartContactStreaming', INSTANCE_ARN)),
    { name: 'one of two required types granted: the reference cannot tell alternatives from types checked together', code: policy(allow('connect:StartOutboundChatContact', FLOWS_ARN)) },
    { name: 'required types split over two statements', code: policy(allow('connect:StartOutboundChatContact', FLOWS_ARN), allow('connect:StartOutboundChatContact', INSTANCE_ARN)) },
    { name: 'alternative required types: a Redshift cluster, not a Serverless workgroup', code: policy(allow('redshift-data:ListSchemas', 'arn:aws:redshift:us-east-1:123456789012:cluster:analytics')) },
    { name: 'alternative required types: an OpenSearch domain for es:AddTags', code: policy(allow('es:AddTags', 'arn:aws:es:us-east-1:123456789012:domain/logs')) },
    { name: 'alternative required types: an EC2 instance, not a managed instance', code: policy(allow('ssm:DescribeInstanceAssociationsStatus', 'arn:aws:ec2:us-east-1:123456789012:instance/*')) },
    { name: 'connect:GetFederationToken on the federated user (Amazon Connect SAML set-up)', code: policy(allow('connect:GetFederationToken', `${INSTANCE_ARN}/user/\${aws:userid}`)) },
    { name: "API Gateway resource policy's short form execute-api:/*", code: policy('{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"}') },
    { name: 'Deny', code: policy('{"Effect": "Deny", "Action": "connect:StartChatContact", "Resource": "arn:aws:s3:::x"}') },
    { name: 'wildcard actions are not judged one by one', code: policy(allow('connect:Start*', FLOWS_ARN)) },
    { name: 'unreadable intrinsic resource', code: policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": {"Ref": "FlowArn"}}') },
    { name: 'the headline case is reported on the resource instead', code: policy(allow('connect:StartChatContact', INSTANCE_ARN)) },
    {
      name: 'Fn::Sub with CloudFormation references',
      code: policy('{"Effect": "Allow", "Action": "connect:StartChatContact", "Resource": {"Fn::Sub": "arn:${AWS::Partition}:connect:${AWS::Region}:${AWS::AccountId}:instance/${InstanceId}/contact-flow/*"}}'),
    },
  ],
  invalid: [
    {
      name: 'StartChatContact on contacts only never matches the required contact-flow',
      code: mark(policy(allow('connect:StartChatContact', CONTACTS_ARN)), 'connect:StartChatContact'),
      message: /authorized against contact, contact-flow \(required\); no resource in this policy can match contact-flow/,
      severity: 'error',
      output: policy(allow('connect:StartChatContact', CONTACTS_ARN)).replace(`"${CONTACTS_ARN}"`, `["${CONTACTS_ARN}", "${FLOWS_ARN}"]`),
    },
    {
      name: 'alternative required types, none of them granted',
      code: mark(policy(allow('redshift-data:ListSchemas', 'arn:aws:s3:::reports/*')), 'redshift-data:ListSchemas'),
      message: /authorized against cluster \(required\), workgroup \(required\); no resource in this policy can match cluster or workgroup/,
      severity: 'error',
    },
    {
      name: 'a known authorization resource the grant misses, known from AccessDenied texts: a warning',
      code: mark(policy(allow('logs:DescribeLogGroups', 'arn:aws:logs:*:*:log-group:/app/*')), 'logs:DescribeLogGroups'),
      message: /logs:DescribeLogGroups is authorized against arn:\$\{Partition\}:logs:\$\{Region\}:\$\{Account\}:log-group::log-stream: \(not in the Service Authorization Reference; AccessDenied messages name it/,
      severity: 'warning',
    },
    {
      name: 'a grant that does not cover the one AWS documents: a warning',
      code: mark(policy(allow('s3:ListAllMyBuckets', 'arn:aws:s3:::reports-*')), 's3:ListAllMyBuckets'),
      message: /AWS documents a grant of it on arn:aws:s3:::\*/,
      severity: 'warning',
    },
    {
      name: 'no type marked required, none granted: a warning, since the reference does not say what AWS checks then',
      code: mark(policy(allow('wafv2:DisassociateWebACL', 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/*')), 'wafv2:DisassociateWebACL'),
      message: /authorized against .*loadbalancer\/app\/.*, none of them marked required in the Service Authorization Reference; no resource in this policy can match one of them, so AWS probably denies it/,
      severity: 'warning',
    },
    {
      name: 'a contact action on flows',
      code: mark(policy(allow(['connect:DescribeContact', 'connect:StartChatContact'], FLOWS_ARN)), 'connect:DescribeContact'),
      message: /connect:DescribeContact is authorized against contact \(required\)/,
    },
  ],
});
