import assert from 'node:assert/strict';
import { it } from 'node:test';
import { resourceWildcardScope } from '../../server/service/rules/resources/resourceWildcardScope';
import { ruleTable } from '../helpers/ruleTable';
import { policy, service, validate } from '../helpers/service';
import { allow, FLOWS_ARN, INSTANCE_ARN } from '../connect/fixtures';

const mark = (text: string) => text.replace('"*"', '⟦"*"⟧');

ruleTable(resourceWildcardScope, {
  valid: [
    policy(allow('connect:StartChatContact', FLOWS_ARN)),
    policy('{"Effect": "Deny", "Action": "connect:StartChatContact", "Resource": "*"}'),
    policy(allow('connect:ListInstances', '*')),
    policy(allow('s3:GetObject', '*')),
    { name: 'wildcard actions', code: policy(allow('connect:Start*', '*')) },
    { name: 'scoped by connect:InstanceId', code: policy(allow('connect:StartChatContact', '*', ', "Condition": {"StringEquals": {"connect:InstanceId": "4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d"}}')) },
  ],
  invalid: [
    {
      name: 'instance known from another statement',
      code: mark(policy(allow('connect:StartChatContact', '*'), allow('connect:StartContactStreaming', INSTANCE_ARN))),
      message: /on every Connect instance.*contact-flow ARNs/,
      output: policy(allow('connect:StartChatContact', FLOWS_ARN), allow('connect:StartContactStreaming', INSTANCE_ARN)),
    },
    {
      name: 'instance from the setting, two resource types, inside an array',
      code: mark(policy(allow(['connect:StartChatContact', 'connect:StartContactStreaming'], ['*']))),
      options: { connect: { instanceArn: INSTANCE_ARN } },
      output: policy(allow(['connect:StartChatContact', 'connect:StartContactStreaming'], ['*'])).replace('["*"]', `["${FLOWS_ARN}", "${INSTANCE_ARN}"]`),
    },
    { name: 'instance unknown: the fix asks for it', code: mark(policy(allow('connect:StartChatContact', '*'))) },
    { name: 'mixed with an action that needs "*", instance unknown: no fix', code: mark(policy(allow(['connect:ListInstances', 'connect:StartChatContact'], '*'))), message: /unlike connect:ListInstances, which needs "\*"/ },
    {
      name: 'mixed: the scopable actions move to a scoped statement, with the condition',
      code: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "connect:StartChatContact",
        "connect:ListInstances",
        "connect:StartContactStreaming"
      ],
      "Resource": ⟦"*"⟧,
      "Condition": {"IpAddress": {"aws:SourceIp": "198.51.101.0/24"}}
    }
  ]
}
`,
      options: { connect: { instanceArn: INSTANCE_ARN } },
      output: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "connect:ListInstances"
      ],
      "Resource": "*",
      "Condition": {"IpAddress": {"aws:SourceIp": "198.51.101.0/24"}}
    },
    {
      "Effect": "Allow",
      "Action": [
        "connect:StartChatContact",
        "connect:StartContactStreaming"
      ],
      "Resource": [
        "${FLOWS_ARN}",
        "${INSTANCE_ARN}"
      ],
      "Condition": {
        "IpAddress": {
          "aws:SourceIp": "198.51.101.0/24"
        }
      }
    }
  ]
}
`,
    },
    {
      name: 'in a list written one item per line, the ARNs go one per line',
      code: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "connect:StartChatContact",
        "connect:StartContactStreaming"
      ],
      "Resource": [
        ⟦"*"⟧
      ]
    }
  ]
}
`,
      options: { connect: { instanceArn: INSTANCE_ARN } },
      output: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "connect:StartChatContact",
        "connect:StartContactStreaming"
      ],
      "Resource": [
        "${FLOWS_ARN}",
        "${INSTANCE_ARN}"
      ]
    }
  ]
}
`,
    },
    {
      name: 'a bare "*" in a file whose lists are one item per line becomes such a list',
      code: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "connect:StartChatContact",
        "connect:StartContactStreaming"
      ],
      "Resource": ⟦"*"⟧
    }
  ]
}
`,
      options: { connect: { instanceArn: INSTANCE_ARN } },
      output: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "connect:StartChatContact",
        "connect:StartContactStreaming"
      ],
      "Resource": [
        "${FLOWS_ARN}",
        "${INSTANCE_ARN}"
      ]
    }
  ]
}
`,
    },
  ],
});

void it('resource-wildcard-scope asks for the instance ARN through connectIam.askInstanceArn when none is known', () => {
  const text = policy(allow(['connect:StartChatContact', 'connect:StartContactStreaming'], '*'));
  const diagnostic = validate(text).find((d) => d.code === 'resource-wildcard-scope');
  assert.ok(diagnostic);
  const [action] = service().codeActions({ uri: 'file:///test/policy.json', text }, diagnostic.range, [diagnostic], ['quickfix']);
  assert.equal(action.command?.command, 'connectIam.askInstanceArn');
  const [uri, range, template] = action.command?.arguments ?? [];
  assert.equal(uri, 'file:///test/policy.json');
  assert.deepEqual(range, diagnostic.range);
  const start = text.indexOf('"*"');
  assert.equal(diagnostic.range.start.character, start - text.lastIndexOf('\n', start) - 1);
  assert.equal(diagnostic.range.end.character - diagnostic.range.start.character, 3, 'the range holds the quotes');
  assert.equal(template, '["${InstanceArn}/contact-flow/*", "${InstanceArn}"]');
  assert.deepEqual(action.edits, []);
});
