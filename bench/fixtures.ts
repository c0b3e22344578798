import { yamlText } from '../test/helpers/yamlTemplate';

/**
 * Deterministic benchmark inputs: the same text on every run, so figures compare from run to run.
 * Realistic shapes (scoped ARNs, conditions, Deny guard rails, CloudFormation intrinsics) rather than
 * filler, because rules do real work only on real-looking policies.
 */

/** mulberry32: a tiny seeded PRNG; Math.random would make every run measure a different document. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const hex = (random: Random, n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
const uuid = (random: Random) => `${hex(random, 8)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 12)}`;

const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
const WORDS = ['orders', 'billing', 'chat', 'media', 'reports', 'audit', 'payments', 'users', 'events', 'crm'];

type Statement = Record<string, unknown>;

const connectInstance = (random: Random, region: string, account: string) => `arn:aws:connect:${region}:${account}:instance/${uuid(random)}`;

type Grant = [actions: string[], resources: string[]];

/** Real service families with ARNs scoped the way people write them. */
const FAMILIES: ((random: Random, region: string, account: string, word: string) => Grant)[] = [
  (random, region, account) => [['connect:StartChatContact'], [`${connectInstance(random, region, account)}/contact-flow/${uuid(random)}`]],
  (random, region, account) => [
    ['connect:DescribeContact', 'connect:StopContact', 'connect:UpdateContactAttributes'],
    [`${connectInstance(random, region, account)}/contact/*`],
  ],
  (random, _region, _account, word) => [['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], [`arn:aws:s3:::${word}-${hex(random, 6)}/uploads/*`]],
  (_random, region, account, word) => [['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'], [`arn:aws:dynamodb:${region}:${account}:table/${word}`]],
  (_random, region, account, word) => [['logs:CreateLogStream', 'logs:PutLogEvents'], [`arn:aws:logs:${region}:${account}:log-group:/aws/lambda/${word}:*`]],
];

function allowStatement(random: Random, account: string, sid: string): Statement {
  const region = pick(random, REGIONS);
  const word = pick(random, WORDS);
  const [actions, resources] = pick(random, FAMILIES)(random, region, account, word);
  const statement: Statement = { Sid: sid, Effect: 'Allow', Action: actions, Resource: resources };
  if (random() < 0.4) statement.Condition = { IpAddress: { 'aws:SourceIp': [`54.240.143.${Math.floor(random() * 255)}/32`] } };
  return statement;
}

function denyStatement(sid: string): Statement {
  return {
    Sid: sid,
    Effect: 'Deny',
    Action: '*',
    Resource: '*',
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

/**
 * An identity policy of exactly `chars` characters (default 6,144, the managed-policy size limit),
 * built from whole statements and then padded inside the last Sid so its length is exact.
 */
export function policyOfSize(chars = 6144, seed = 6144): string {
  const random = prng(seed);
  const account = '123456789012';
  const render = (statements: Statement[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
  const statements: Statement[] = [denyStatement('DenyInsecureTransport')];
  for (let i = 1; ; i++) {
    const next = [...statements, allowStatement(random, account, `Allow${i}`)];
    if (render(next).length > chars) break;
    statements.push(next[next.length - 1]);
  }
  const last = statements[statements.length - 1];
  last.Sid = `${String(last.Sid)}${'X'.repeat(chars - render(statements).length)}`;
  const text = render(statements);
  if (text.length !== chars) throw new Error(`policyOfSize produced ${text.length} characters, not ${chars}`);
  return text;
}

/** A CloudFormation template of about `targetBytes` with roles and managed policies among other resources. */
export function cloudFormationTemplate(targetBytes = 1_000_000, seed = 50): { text: string; policies: number } {
  const random = prng(seed);
  const resources: Record<string, unknown> = {};
  let policies = 0;
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const statements = Array.from({ length: 2 + Math.floor(random() * 4) }, (_, s) => withIntrinsics(random, allowStatement(random, '${AWS::AccountId}', `S${s}`)));
    const added: Record<string, unknown> = {
      [`Role${i}`]: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [{ PolicyName: `inline-${i}`, PolicyDocument: { Version: '2012-10-17', Statement: statements } }],
        },
      },
      [`Function${i}`]: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Handler: 'index.handler',
          Runtime: 'nodejs20.x',
          Role: { 'Fn::GetAtt': [`Role${i}`, 'Arn'] },
          Environment: { Variables: { TABLE: { Ref: `Table${i}` }, STAGE: 'prod' } },
          Code: { ZipFile: `exports.handler = async () => ({ statusCode: 200, body: "${hex(random, 24)}" });` },
        },
      },
      [`Table${i}`]: {
        Type: 'AWS::DynamoDB::Table',
        Properties: { BillingMode: 'PAY_PER_REQUEST', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }] },
      },
    };
    policies += 2;
    if (i % 3 === 0) {
      added[`ManagedPolicy${i}`] = {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: { Roles: [{ Ref: `Role${i}` }], PolicyDocument: { Version: '2012-10-17', Statement: [denyStatement('DenyInsecureTransport')] } },
      };
      policies++;
    }
    Object.assign(resources, added);
    size += JSON.stringify(added, null, 2).length;
  }
  const text = JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Description: 'Benchmark template', Resources: resources }, null, 2);
  return { text, policies };
}

/** Resource ARNs as templates write them: Fn::Sub with pseudo parameters, sometimes Ref or Fn::GetAtt. */
function withIntrinsics(random: Random, statement: Statement): Statement {
  const resources = statement.Resource as string[];
  const roll = random();
  const resource =
    roll < 0.6
      ? { 'Fn::Sub': resources[0].replace(/:(us|eu|ap)-[a-z]+-\d:/, ':${AWS::Region}:') }
      : roll < 0.8
        ? { 'Fn::GetAtt': ['Bucket', 'Arn'] }
        : { 'Fn::Join': ['', ['arn:aws:s3:::', { Ref: 'Bucket' }, '/*']] };
  return { ...statement, Resource: [resource] };
}

/** The 6,144-character policy of policyOfSize() as the PolicyDocument of an AWS::IAM::ManagedPolicy in a YAML template. */
export function policyInYamlTemplate(chars = 6144): string {
  const document = JSON.parse(policyOfSize(chars)) as unknown;
  return yamlText({ AWSTemplateFormatVersion: '2010-09-09', Resources: { Policy: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: document } } } });
}

/** cloudFormationTemplate() written as YAML (block style, short-form intrinsics), grown until the YAML is at least `targetBytes`. */
export function yamlCloudFormationTemplate(targetBytes = 1_000_000): { text: string; policies: number } {
  for (let json = targetBytes; ; json = Math.ceil(json * 1.2)) {
    const { text, policies } = cloudFormationTemplate(json);
    const yaml = yamlText(JSON.parse(text));
    if (yaml.length >= targetBytes) return { text: yaml, policies };
  }
}
