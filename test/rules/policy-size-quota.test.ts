import { policySizeQuota } from '../../server/service/rules/structure/policySizeQuota';
import { ruleTable } from '../helpers/ruleTable';

/** A policy object whose JSON without whitespace has exactly `size` characters. */
function policyOfSize(size: number, statement: Record<string, unknown> = { Effect: 'Allow', Action: 's3:GetObject' }): Record<string, unknown> {
  const make = (name: string) => ({ Version: '2012-10-17', Statement: [{ ...statement, Resource: `arn:aws:s3:::${name}` }] });
  const base = JSON.stringify(make('')).length;
  return make('b'.repeat(size - base));
}

/** Pretty-printed: IAM does not count the whitespace. */
const pretty = (value: unknown) => JSON.stringify(value, null, 4);
const marked = (text: string) => `⟦{⟧${text.slice(1)}`;

const trust = (size: number) => {
  const statement = { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '' } } };
  const make = (account: string) => ({ Version: '2012-10-17', Statement: [{ ...statement, Condition: { StringEquals: { 'aws:SourceAccount': account } } }] });
  return make('1'.repeat(size - JSON.stringify(make('')).length));
};

const template = (type: string, properties: string) => `{"Resources": {"R": {"Type": "${type}", "Properties": ${properties}}}}`;
const inline = (name: string, size: number) => `{"PolicyName": "${name}", "PolicyDocument": ${JSON.stringify(policyOfSize(size))}}`;

ruleTable(policySizeQuota, {
  valid: [
    { name: 'a managed policy at the quota, whitespace not counted', code: pretty(policyOfSize(6144)) },
    { name: 'a resource-based policy: its service\'s quota is not known', code: pretty(policyOfSize(7000, { Effect: 'Allow', Principal: '*', Action: 's3:GetObject' })) },
    { name: 'a role\'s inline policies within 10,240 together', code: template('AWS::IAM::Role', `{"Policies": [${inline('a', 5000)}, ${inline('b', 5000)}]}`) },
    {
      name: 'in CloudFormation, entries whose value is an intrinsic are not counted',
      code: template('AWS::IAM::ManagedPolicy', `{"PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": {"Fn::If": ["C", "${'x'.repeat(7000)}", {"Ref": "AWS::NoValue"}]}}]}}`),
    },
  ],
  invalid: [
    {
      name: 'a policy file of its own is a managed policy',
      code: marked(pretty(policyOfSize(6145))),
      message: /^This policy has 6,145 characters without whitespace, more than the 6,144 IAM allows for a managed policy: AWS rejects it with LimitExceeded\. Split it into several managed policies\.$/,
    },
    { name: 'a trust policy file', code: marked(pretty(trust(2049))), message: /more than the 2,048 IAM allows for a role trust policy by default.*up to 8,192/ },
    {
      name: 'a user\'s inline policies count together',
      code: template('AWS::IAM::User', `{"Policies": [${inline('a', 1100)}, {"PolicyName": "b", "PolicyDocument": ⟦{⟧${JSON.stringify(policyOfSize(1100)).slice(1)}}]}`),
      message: /^The 2 inline policies of this resource have at least 2,200 characters together without whitespace, more than the 2,048 IAM allows for the inline policies of a user, together/,
    },
    {
      name: 'AWS::IAM::Policy attached to users has the user quota',
      code: template('AWS::IAM::Policy', `{"PolicyName": "p", "Users": ["u"], "PolicyDocument": ⟦{⟧${JSON.stringify(policyOfSize(3000)).slice(1)}}`),
      message: /at least 3,000 characters.*2,048 IAM allows for the inline policies of a user.*Move part of it into a managed policy\./,
    },
    {
      name: 'an Fn::Sub counts its literal text',
      code: template(
        'AWS::IAM::ManagedPolicy',
        `{"PolicyDocument": ⟦{⟧"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": {"Fn::Sub": "arn:\${AWS::Partition}:s3:::${'x'.repeat(6100)}"}}]}}`,
      ),
      message: /at least 6,205 characters/,
    },
  ],
});
