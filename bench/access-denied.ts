/**
 * "Why AccessDenied" on a workspace of 200 CloudFormation templates (each a role with an inline
 * policy, a managed policy attached by Ref and one by ARN, and a parameter-driven Fn::Sub), the
 * principal's role in the last one: the time from pasting a message to the answer, in process (the
 * editor's request, files already read) and end to end in the CLI (reading the files included).
 * Median wall milliseconds of a few runs.
 *
 * Run with `npm run build && node --import tsx bench/access-denied.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../server/service/catalog/nodeCatalogSource';
import { explainAccessDenied } from '../server/service/accessDenied/explainAccessDenied';
import { readWorkspace } from '../server/files/workspaceDocuments';

const TEMPLATES = 200;
const INSTANCE = 'arn:aws:connect:us-east-1:123456789012:instance/4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d';

function template(i: number): string {
  const statement = (sid: string, action: string, resource: unknown) => ({ Sid: sid, Effect: 'Allow', Action: action, Resource: resource });
  return JSON.stringify(
    {
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: { InstanceId: { Type: 'String', Default: '4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d' } },
      Resources: {
        [`Role${i}`]: {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: `service-${i}`,
            AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
            ManagedPolicyArns: [{ Ref: `Managed${i}` }, 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
            Policies: [
              {
                PolicyName: 'chat',
                PolicyDocument: {
                  Version: '2012-10-17',
                  Statement: Array.from({ length: 20 }, (_, s) => statement(`S${s}`, s % 2 ? 'connect:DescribeContact' : 'connect:StartChatContact', { 'Fn::Sub': `arn:\${AWS::Partition}:connect:\${AWS::Region}:\${AWS::AccountId}:instance/\${InstanceId}/contact-flow/flow-${s}` })),
                },
              },
            ],
          },
        },
        [`Managed${i}`]: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [statement('Read', 'connect:Describe*', `${INSTANCE}/*`)] } } },
        [`Queue${i}`]: { Type: 'AWS::SQS::Queue', Properties: { QueueName: `queue-${i}` } },
      },
    },
    null,
    2,
  );
}

function median(run: () => void, samples = 5): number {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return Math.round(times.sort((a, b) => a - b)[samples >> 1]);
}

const folder = mkdtempSync(join(tmpdir(), 'connect-iam-denied-'));
try {
  for (let i = 0; i < TEMPLATES; i++) writeFileSync(join(folder, `stack-${String(i).padStart(3, '0')}.json`), template(i));
  const message = `An error occurred (AccessDeniedException) when calling the StartChatContact operation: User: arn:aws:sts::123456789012:assumed-role/service-${TEMPLATES - 1}/s is not authorized to perform: connect:StartChatContact on resource: ${INSTANCE}/contact-flow/flow-99 because no identity-based policy allows the connect:StartChatContact action`;
  const catalog = loadCatalog();
  const { documents } = readWorkspace(folder, folder);
  const call = explainAccessDenied({ text: message, workspace: documents }, catalog).calls[0];
  if (call?.principalFound.length !== 1 || call.decision !== 'implicitDeny') throw new Error(`the role was not found: ${JSON.stringify(call?.explanation)}`);
  const inProcess = median(() => explainAccessDenied({ text: message, workspace: documents }, catalog));
  const cli = median(() => {
    const run = spawnSync(process.execPath, [join(__dirname, '..', 'dist', 'cli.js'), 'explain', '--error', message], { cwd: folder, encoding: 'utf8' });
    if (run.status !== 1) throw new Error(run.stderr);
  });
  const bytes = documents.reduce((sum, d) => sum + d.text.length, 0);
  console.log(`${TEMPLATES} templates (${Math.round(bytes / 1024)} kB): explain in process ${inProcess} ms, CLI end to end ${cli} ms`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
