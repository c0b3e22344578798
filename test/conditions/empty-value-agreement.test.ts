import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { START_CHAT, explain, policyDoc } from '../evaluator/helpers';
import { service } from '../helpers/service';

/**
 * One truth for lint and explain: what condition-empty-value says an empty list of values does must
 * be what the evaluator decides, with the key absent and with it present.
 */

const OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIfExists',
  'StringNotEqualsIfExists',
  'ForAllValues:StringEquals',
  'ForAnyValue:StringEquals',
  'ForAnyValue:StringNotEquals',
  'ForAllValues:StringNotEquals',
];

function allowedWith(operator: string, key: string, context: Record<string, string | string[]>): boolean {
  const doc = policyDoc([{ Effect: 'Allow', Action: 'connect:StartChatContact', Resource: '*', Condition: { [operator]: { [key]: [] } } }]);
  return explain({ ...START_CHAT, context }, doc).decision === 'allowed';
}

function lintMessage(operator: string, key: string): string {
  const doc = policyDoc([{ Effect: 'Allow', Action: 'connect:StartChatContact', Resource: '*', Condition: { [operator]: { [key]: [] } } }]);
  const found = service()
    .validate({ uri: 'file:///test/policy.json', text: doc.text, languageId: 'json' })
    .find((d) => d.code === 'condition-empty-value');
  assert.ok(found, `no condition-empty-value for ${operator}`);
  return found.message;
}

void describe('condition-empty-value agrees with the evaluator', () => {
  for (const operator of OPERATORS) {
    const key = operator.startsWith('For') ? 'aws:TagKeys' : 'aws:SourceVpc';
    void it(`${operator} with []`, () => {
      const absent = allowedWith(operator, key, {});
      const present = allowedWith(operator, key, { [key]: key === 'aws:TagKeys' ? ['team'] : 'vpc-1a2b3c4d' });
      const message = lintMessage(operator, key);
      const expected = absent && present ? /always true/ : absent ? /true only when the request has no/ : present ? /true whenever the request has/ : /never true/;
      assert.match(message, expected, `absent: ${absent}, present: ${present}; lint said: ${message}`);
    });
  }
});
