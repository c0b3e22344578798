import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillInstanceArn, INSTANCE_ARN_EXAMPLE, instanceArnProblem } from '../../client/instanceArn';

const ID = '0b3c9f6e-5a1d-4c2b-9e8f-7a6b5c4d3e2f';

void describe('client: the instance ARN input', () => {
  void it('accepts instance ARNs in every partition, with surrounding spaces', () => {
    for (const arn of [
      `arn:aws:connect:us-east-1:123456789012:instance/${ID}`,
      `arn:aws-cn:connect:cn-north-1:123456789012:instance/${ID}`,
      `  arn:aws-us-gov:connect:us-gov-west-1:123456789012:instance/${ID} `,
    ]) {
      assert.equal(instanceArnProblem(arn), undefined, arn);
    }
  });

  void it('names what is wrong, and shows a right example', () => {
    const cases: [string, RegExp][] = [
      [ID, /starts with "arn:"/],
      [`arn:aws-eu:connect:us-east-1:123456789012:instance/${ID}`, /partition/],
      [`arn:aws:chime:us-east-1:123456789012:instance/${ID}`, /"chime" service/],
      [`arn:aws:connect::123456789012:instance/${ID}`, /region/],
      [`arn:aws:connect:us-east-1:12345:instance/${ID}`, /12 digits/],
      [`arn:aws:connect:us-east-1:123456789012:instance/${ID}/contact-flow/*`, /points inside the instance/],
      [`arn:aws:connect:us-east-1:123456789012:instance/${ID.toUpperCase()}`, /lower case/],
      ['arn:aws:connect:us-east-1:123456789012:instance/my-instance', /UUID/],
    ];
    for (const [value, expected] of cases) {
      const problem = instanceArnProblem(value);
      assert.match(problem ?? '', expected, value);
      assert.ok(problem?.includes(INSTANCE_ARN_EXAMPLE), value);
    }
  });

  void it('fills every placeholder of the template', () => {
    const arn = `arn:aws:connect:us-east-1:123456789012:instance/${ID}`;
    assert.equal(
      fillInstanceArn('["${InstanceArn}/contact-flow/*", "${InstanceArn}/contact/*"]', ` ${arn}`),
      `["${arn}/contact-flow/*", "${arn}/contact/*"]`,
    );
  });
});
