import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { conditionsRules } from '../../server/service/rules/conditions';
import { LineIndex } from '../../server/service/text/lineIndex';
import { policy, service, validate } from '../helpers/service';

const ids = new Set(conditionsRules.map((r) => r.meta.id));

/** Condition-shaped JSON: real operators, keys and values mixed with junk of every JSON type. */
const operator = fc.constantFrom('StringEquals', 'ForAllValues:StringLike', 'IpAddress', 'NotIpAddressIfExists', 'NullIfExists', 'Bool', 'DateLessThan', 'NumericEquals', 'ArnLike', 'StringEqual', 'ForAnyValu:Bool', '', '${aws:username}');
const key = fc.constantFrom('aws:SourceIp', 'aws:TagKeys', 'aws:SourceVpc', 'aws:SourceVpce', 'connect:InstanceId', 's3:prefix', 'aws:ResourceTag/', 'aws:PrincipalTag/${aws:username}', 'aws:CurrentTime', '', 'x');
const scalar = fc.oneof(
  fc.constantFrom('10.0.0.5/8', '::/0', '1.2.3.4/33', 'vpc-1a2b3c4d', 'vpce-1', 'true', 'yes', '2026-02-30', 'arn:aws:s3:::b', '${aws:username', '${}', '*'),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const values = fc.oneof(scalar, fc.array(fc.oneof(scalar, fc.array(scalar, { maxLength: 2 }), fc.object({ maxDepth: 1 })), { maxLength: 4 }), fc.object({ maxDepth: 1 }));
const condition = fc.oneof(
  fc.dictionary(operator, fc.oneof(fc.dictionary(key, values, { maxKeys: 3 }), scalar), { maxKeys: 4 }),
  scalar,
  fc.array(scalar, { maxLength: 2 }),
);

void describe('condition rules on arbitrary Condition blocks', () => {
  void it('never throw, keep ranges inside the document, and offer fixes that apply', () => {
    fc.assert(
      fc.property(condition, fc.constantFrom('Allow', 'Deny'), (c, effect) => {
        const text = policy(JSON.stringify({ Effect: effect, Action: ['connect:StartChatContact', 's3:Get*'], Resource: 'arn:aws:s3:::b/${aws:username}', Condition: c }));
        const lines = new LineIndex(text);
        const input = { uri: 'file:///test/policy.json', text, languageId: 'json' };
        for (const d of validate(text).filter((d) => ids.has(d.code))) {
          assert.doesNotMatch(d.message, /Internal error/);
          assert.ok(lines.offsetAt(d.range.end) <= text.length);
          for (const action of service().codeActions(input, d.range, [d], ['quickfix'])) {
            for (const edit of action.edits ?? []) assert.ok(lines.offsetAt(edit.range.start) <= lines.offsetAt(edit.range.end));
          }
        }
        for (let offset = text.indexOf('"Condition"'); offset < text.length; offset += 7) {
          const position = lines.positionAt(offset);
          service().hover(input, position);
          service().complete(input, position);
        }
      }),
      { numRuns: 300 },
    );
  });
});
