import { denySourceIpWithoutViaAwsService } from '../../server/service/rules/conditions/denySourceIpWithoutViaAwsService';
import { mark, prettyWithCondition, withCondition } from '../conditions/statement';
import { ruleTable } from '../helpers/ruleTable';

const deny = { effect: 'Deny' as const, action: '"*"' };

ruleTable(denySourceIpWithoutViaAwsService, {
  valid: [
    withCondition('{"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}, "Bool": {"aws:ViaAWSService": "false"}}', deny),
    { name: 'an Allow is not this rule', code: withCondition('{"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}}') },
    { name: 'aws:PrincipalIsAWSService also guards', code: withCondition('{"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}, "BoolIfExists": {"aws:PrincipalIsAWSService": "false"}}', deny) },
  ],
  invalid: [
    {
      code: mark(prettyWithCondition({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, deny), '"aws:SourceIp"'),
      message: /This Deny also blocks AWS services that call other services for you.*Add "Bool": \{"aws:ViaAWSService": "false"\}/,
      output: prettyWithCondition({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, Bool: { 'aws:ViaAWSService': 'false' } }, deny),
    },
    {
      name: 'an existing Bool block gets the key',
      code: mark(prettyWithCondition({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, Bool: { 'aws:SecureTransport': 'true' } }, deny), '"aws:SourceIp"'),
      output: prettyWithCondition({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, Bool: { 'aws:SecureTransport': 'true', 'aws:ViaAWSService': 'false' } }, deny),
    },
  ],
});
