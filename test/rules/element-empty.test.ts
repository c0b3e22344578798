import { elementEmpty } from '../../server/service/rules/suggestions/elementEmpty';
import { policy } from '../helpers/service';
import { ruleTable } from '../helpers/ruleTable';

ruleTable(elementEmpty, {
  valid: [
    policy('{"Sid": "Read", "Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["*"]}'),
    { name: 'an empty Condition is condition-empty-value\'s', code: policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {}}') },
    { name: 'an empty Statement is statement-empty\'s', code: '{"Version": "2012-10-17", "Statement": []}' },
    { name: 'a principal list with entries', code: policy('{"Effect": "Allow", "Principal": {"AWS": ["111122223333"]}, "Action": "s3:GetObject", "Resource": "*"}') },
  ],
  invalid: [
    {
      name: 'empty Action and Resource',
      code: policy('{"Effect": "Allow", "Action": ⟦[]⟧, "Resource": ⟦[]⟧}'),
      message: [/Action is empty, so this statement applies to no request and changes nothing\. Add the actions you meant/, /Resource is empty/],
    },
    {
      name: 'an empty principal object and list',
      code: policy('{"Effect": "Allow", "Principal": ⟦{}⟧, "Action": "s3:GetObject", "Resource": "*"}, {"Effect": "Allow", "Principal": {"AWS": ⟦[]⟧}, "Action": "s3:GetObject", "Resource": "*"}'),
      message: [/Principal is empty/, /AWS lists no principal/],
    },
    {
      name: 'empty NotAction and NotResource widen the statement',
      code: policy('{"Effect": "Allow", "NotAction": ⟦[]⟧, "NotResource": ⟦[]⟧}'),
      message: [/NotAction is empty: it excludes no action, so this statement applies to every action\. .*use Action instead/, /applies to every resource/],
    },
    { name: 'an empty Sid', code: policy('{"Sid": ⟦""⟧, "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'), message: /The Sid is an empty string/ },
  ],
});
