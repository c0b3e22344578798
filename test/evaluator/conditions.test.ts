import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FLOW, START_CHAT, explain, policyDoc } from './helpers';

/** How every condition operator family, IfExists, ForAllValues, ForAnyValue and Null compare. */

type Context = Record<string, string | string[]>;

interface Row {
  operator: string;
  key: string;
  values: string | string[] | boolean | number;
  context: Context;
  holds: boolean;
  /** For rows that fail: a pattern of the explanation. */
  reason?: RegExp;
}

const ROWS: Row[] = [
  { operator: 'StringEquals', key: 'aws:username', values: 'alice', context: { 'aws:username': 'alice' }, holds: true },
  { operator: 'StringEquals', key: 'aws:username', values: 'Alice', context: { 'aws:username': 'alice' }, holds: false, reason: /StringEquals on aws:username failed: "alice" is not "Alice"/ },
  { operator: 'StringEquals', key: 'AWS:UserName', values: 'alice', context: { 'aws:username': 'alice' }, holds: true },
  { operator: 'StringEquals', key: 'aws:username', values: 'al*', context: { 'aws:username': 'alice' }, holds: false },
  { operator: 'StringEqualsIgnoreCase', key: 'aws:username', values: 'ALICE', context: { 'aws:username': 'alice' }, holds: true },
  { operator: 'StringNotEquals', key: 'aws:username', values: ['bob', 'carol'], context: { 'aws:username': 'alice' }, holds: true },
  { operator: 'StringNotEquals', key: 'aws:username', values: ['bob', 'alice'], context: { 'aws:username': 'alice' }, holds: false, reason: /"alice" matches "alice"/ },
  { operator: 'StringNotEqualsIgnoreCase', key: 'aws:username', values: 'ALICE', context: { 'aws:username': 'alice' }, holds: false },
  { operator: 'StringLike', key: 'aws:username', values: 'a?i*', context: { 'aws:username': 'alice' }, holds: true },
  { operator: 'StringNotLike', key: 'aws:username', values: 'b*', context: { 'aws:username': 'alice' }, holds: true },
  { operator: 'StringEquals', key: 'aws:username', values: 'alice', context: {}, holds: false, reason: /the request has no aws:username/ },
  { operator: 'StringNotEquals', key: 'aws:username', values: 'alice', context: {}, holds: true },
  { operator: 'StringEqualsIfExists', key: 'aws:username', values: 'alice', context: {}, holds: true },
  { operator: 'StringEqualsIfExists', key: 'aws:username', values: 'alice', context: { 'aws:username': 'bob' }, holds: false },
  { operator: 'StringEquals', key: 'aws:PrincipalTag/team', values: '${aws:username}', context: { 'aws:PrincipalTag/team': 'alice', 'aws:username': 'alice' }, holds: true },
  { operator: 'StringEquals', key: 'aws:PrincipalTag/team', values: '${aws:username}', context: { 'aws:PrincipalTag/team': 'alice' }, holds: false, reason: /policy variable \$\{aws:username\} has no value/ },
  { operator: 'StringEquals', key: 'aws:PrincipalTag/team', values: "${aws:username, 'chat'}", context: { 'aws:PrincipalTag/team': 'chat' }, holds: true },
  { operator: 'StringLike', key: 'aws:PrincipalTag/team', values: 'a${*}b', context: { 'aws:PrincipalTag/team': 'a*b' }, holds: true },
  { operator: 'StringLike', key: 'aws:PrincipalTag/team', values: 'a${*}b', context: { 'aws:PrincipalTag/team': 'axb' }, holds: false },
  { operator: 'NumericLessThan', key: 'aws:MultiFactorAuthAge', values: '3600', context: { 'aws:MultiFactorAuthAge': '300' }, holds: true },
  // AWS replaces policy variables only under String and ARN operators: here the text stays literal.
  { operator: 'NumericLessThan', key: 'aws:MultiFactorAuthAge', values: '${aws:EpochTime}', context: { 'aws:MultiFactorAuthAge': '300', 'aws:EpochTime': '1000' }, holds: false, reason: /is not a number/ },
  { operator: 'NumericGreaterThanEquals', key: 'aws:MultiFactorAuthAge', values: 3600, context: { 'aws:MultiFactorAuthAge': '300' }, holds: false, reason: /"300" is not at least "3600"/ },
  { operator: 'NumericEquals', key: 'aws:MultiFactorAuthAge', values: 'ten', context: { 'aws:MultiFactorAuthAge': '10' }, holds: false, reason: /"ten" is not a number/ },
  { operator: 'NumericNotEquals', key: 'aws:MultiFactorAuthAge', values: ['1', '2'], context: { 'aws:MultiFactorAuthAge': '3' }, holds: true },
  { operator: 'DateLessThan', key: 'aws:CurrentTime', values: '2027-01-01T00:00:00Z', context: { 'aws:CurrentTime': '2026-11-21T22:00:00Z' }, holds: true },
  { operator: 'DateGreaterThan', key: 'aws:CurrentTime', values: '2026-11-21T23:00:00+02:00', context: { 'aws:CurrentTime': '2026-11-21T22:00:00Z' }, holds: true },
  { operator: 'DateEquals', key: 'aws:EpochTime', values: '1763762400', context: { 'aws:EpochTime': '2025-11-21T22:00:00Z' }, holds: true },
  { operator: 'Bool', key: 'aws:SecureTransport', values: true, context: { 'aws:SecureTransport': 'true' }, holds: true },
  { operator: 'Bool', key: 'aws:SecureTransport', values: 'false', context: { 'aws:SecureTransport': 'TRUE' }, holds: false },
  { operator: 'BoolIfExists', key: 'aws:MultiFactorAuthPresent', values: 'false', context: {}, holds: true },
  { operator: 'BinaryEquals', key: 'aws:PrincipalTag/key', values: 'QmluYXJ5', context: { 'aws:PrincipalTag/key': 'QmluYXJ5' }, holds: true },
  { operator: 'IpAddress', key: 'aws:SourceIp', values: ['203.0.113.0/24', '2001:db8::/32'], context: { 'aws:SourceIp': '2001:db8::7' }, holds: true },
  { operator: 'IpAddress', key: 'aws:SourceIp', values: '0.0.0.0/0', context: { 'aws:SourceIp': '198.51.100.7' }, holds: true },
  { operator: 'NotIpAddress', key: 'aws:SourceIp', values: '203.0.113.9', context: { 'aws:SourceIp': '2001:db8::1' }, holds: true },
  { operator: 'NotIpAddress', key: 'aws:SourceIp', values: '198.51.100.0/24', context: { 'aws:SourceIp': '198.51.100.7' }, holds: false, reason: /"198\.51\.100\.7" matches "198\.51\.100\.0\/24"/ },
  { operator: 'ArnLike', key: 'aws:PrincipalArn', values: 'arn:aws:iam::*:role/Chat*', context: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/ChatBackend' }, holds: true },
  { operator: 'ArnEquals', key: 'aws:PrincipalArn', values: 'arn:aws:iam::*:role/chat*', context: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/ChatBackend' }, holds: false },
  { operator: 'ArnNotLike', key: 'aws:PrincipalArn', values: 'arn:aws:iam::444455556666:*', context: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/ChatBackend' }, holds: true },
  { operator: 'ForAnyValue:StringEquals', key: 'aws:TagKeys', values: ['team', 'cost'], context: { 'aws:TagKeys': ['owner', 'cost'] }, holds: true },
  { operator: 'ForAnyValue:StringEquals', key: 'aws:TagKeys', values: ['team'], context: {}, holds: false, reason: /the request has no aws:TagKeys/ },
  { operator: 'ForAnyValue:StringEqualsIfExists', key: 'aws:TagKeys', values: ['team'], context: {}, holds: true },
  { operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', values: ['team', 'cost'], context: { 'aws:TagKeys': ['team', 'owner'] }, holds: false, reason: /"owner" is not any of "team", "cost"/ },
  { operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', values: ['team', 'cost'], context: {}, holds: true },
  { operator: 'ForAllValues:StringEquals', key: 'aws:TagKeys', values: ['team'], context: { 'aws:TagKeys': [] }, holds: true },
  { operator: 'ForAllValues:StringNotLike', key: 'aws:TagKeys', values: ['aws:*'], context: { 'aws:TagKeys': ['team'] }, holds: true },
  { operator: 'StringEquals', key: 'aws:TagKeys', values: 'team', context: { 'aws:TagKeys': ['team'] }, holds: false, reason: /aws:TagKeys is multivalued .*ForAnyValue: or ForAllValues:/ },
  { operator: 'Null', key: 'aws:SourceVpce', values: 'true', context: {}, holds: true },
  { operator: 'Null', key: 'aws:SourceVpce', values: 'true', context: { 'aws:SourceVpce': 'vpce-1a2b3c4d' }, holds: false, reason: /requires aws:SourceVpce to be absent/ },
  { operator: 'Null', key: 'aws:SourceVpce', values: false, context: {}, holds: false, reason: /requires aws:SourceVpce to be present/ },
  { operator: 'StringEqualz', key: 'aws:username', values: 'alice', context: { 'aws:username': 'alice' }, holds: false, reason: /StringEqualz is not a condition operator/ },
];

void describe('condition operators', () => {
  for (const row of ROWS) {
    const title = `${row.operator} ${row.key} ${JSON.stringify(row.values)} with ${JSON.stringify(row.context)} ${row.holds ? 'holds' : 'fails'}`;
    void it(title, () => {
      const doc = policyDoc([{ Effect: 'Allow', Action: 'connect:StartChatContact', Resource: FLOW, Condition: { [row.operator]: { [row.key]: row.values } } }]);
      const e = explain({ ...START_CHAT, context: row.context }, doc);
      assert.equal(e.decision, row.holds ? 'allowed' : 'implicitDeny');
      if (row.reason) assert.match(e.statements[0].reason ?? '', row.reason);
      if (!row.holds) assert.equal(e.statements[0].failedElement, 'condition');
    });
  }

  void it('every key of every operator must hold (AND), any value of a key may match (OR)', () => {
    const doc = policyDoc([
      { Effect: 'Allow', Action: 'connect:StartChatContact', Resource: FLOW, Condition: { StringEquals: { 'aws:username': ['bob', 'alice'], 'aws:PrincipalTag/team': 'chat' }, Bool: { 'aws:SecureTransport': 'true' } } },
    ]);
    const context = { 'aws:username': 'alice', 'aws:PrincipalTag/team': 'chat', 'aws:SecureTransport': 'true' };
    assert.equal(explain({ ...START_CHAT, context }, doc).decision, 'allowed');
    assert.equal(explain({ ...START_CHAT, context: { ...context, 'aws:SecureTransport': 'false' } }, doc).decision, 'implicitDeny');
  });
});
