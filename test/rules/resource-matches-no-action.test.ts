import { resourceMatchesNoAction } from '../../server/service/rules/resources/resourceMatchesNoAction';
import { ruleTable } from '../helpers/ruleTable';
import { policy } from '../helpers/service';
import { allow, CONTACTS_ARN, FLOWS_ARN, INSTANCE_ARN } from '../connect/fixtures';

ruleTable(resourceMatchesNoAction, {
  valid: [
    policy(allow('connect:StartChatContact', [FLOWS_ARN, CONTACTS_ARN])),
    policy(allow('connect:StartChatContact', `${INSTANCE_ARN}/*`)),
    { name: 'an action we do not know: undecidable', code: policy(allow(['connect:StartChatContact', 'connect:NoSuchAction'], 'arn:aws:s3:::bucket')) },
    { name: 'AWS-owned SSM documents have an empty account', code: policy(allow('ssm:SendCommand', ['arn:aws:ssm:us-east-1::document/AWS-RunShellScript', 'arn:aws:ec2:us-east-1:123456789012:instance/*'])) },
    { name: 's3:ListAllMyBuckets on arn:aws:s3:::*, as the Amazon S3 User Guide writes it', code: policy(allow('s3:ListAllMyBuckets', 'arn:aws:s3:::*')) },
    { name: 'NotAction', code: policy('{"Effect": "Deny", "NotAction": "connect:StartChatContact", "Resource": "arn:aws:s3:::bucket"}') },
    { name: 'the headline case is connect-start-chat-instance-arn’s', code: policy(allow('connect:StartChatContact', INSTANCE_ARN)) },
    { name: 'flows without a flow action are connect-flow-without-action’s', code: policy(allow('connect:DescribeContact', [CONTACTS_ARN, FLOWS_ARN])) },
  ],
  invalid: [
    { name: 'a wildcard action', code: policy(allow('connect:*', 'arn:aws:s3:::bucket')).replace('"arn:aws:s3:::bucket"', '⟦"arn:aws:s3:::bucket"⟧'), message: /\(connect:\*\)/ },
    {
      code: policy(allow(['connect:DescribeContact', 'connect:StopContact'], [CONTACTS_ARN, 'arn:aws:s3:::chat-transcripts'].map((a, i) => (i ? `⟦${a}⟧` : a)))).replace('"⟦', '⟦"').replace('⟧"', '"⟧'),
      message: /None of this statement's actions \(connect:DescribeContact, connect:StopContact\).*resource type bucket/,
    },
    {
      name: 'a Connect queue ARN with chat actions',
      code: policy(allow(['connect:StartChatContact'], [FLOWS_ARN, `${INSTANCE_ARN}/queue/*`])).replace(`"${INSTANCE_ARN}/queue/*"`, `⟦"${INSTANCE_ARN}/queue/*"⟧`),
      message: /resource type queue/,
    },
  ],
});
