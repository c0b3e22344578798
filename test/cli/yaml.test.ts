import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureFolder, runCli } from './runCli';

/** The mistakes of a chat backend's policy, in a YAML template: a lower-case Effect and StartChatContact on the bare instance. */
const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  ChatRole:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: chat
          PolicyDocument:
            Version: 2012-10-17
            Statement:
              - Effect: allow
                Action: connect:StartChatContact
                Resource: !Sub arn:aws:connect:us-east-1:123456789012:instance/\${InstanceId}
`;

const WORKFLOW = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n';

void describe('connect-iam lint on YAML', () => {
  const folder = fixtureFolder({
    'template.yaml': TEMPLATE,
    'infra/stack.yml': TEMPLATE,
    'infra/stack.template': TEMPLATE,
    '.github/workflows/ci.yml': WORKFLOW,
    'ci.yml': WORKFLOW,
    'notes.txt': 'Remember: StartChatContact needs the contact-flow ARN.\n',
  });

  void it('reports findings in the YAML file’s own lines and columns', () => {
    const run = runCli(['lint', 'template.yaml'], folder);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^template\.yaml:11:25 error "allow" is not a valid Effect.*\[effect-invalid\]$/m);
    assert.match(run.stdout, /^template\.yaml:13:32 warning .*resource type instance.*\[resource-matches-no-action\]$/m);
  });

  void it('finds .yaml, .yml and .template files in folders (not in dot-folders)', () => {
    const run = runCli(['lint', '--format', 'json', 'template.yaml', 'infra'], folder);
    const files = (JSON.parse(run.stdout) as { file: string; diagnostics: { code: string }[] }[]).map((r) => `${r.file} ${r.diagnostics.map((d) => d.code).join(',')}`);
    assert.deepEqual(files, [
      'template.yaml effect-invalid,resource-matches-no-action',
      'infra/stack.template effect-invalid,resource-matches-no-action',
      'infra/stack.yml effect-invalid,resource-matches-no-action',
    ]);
  });

  void it('reports YAML that is not a template, and text that is neither JSON nor YAML, as not checked, exiting 2 when nothing was checked', () => {
    const run = runCli(['lint', 'ci.yml', 'notes.txt'], folder);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /ci\.yml was not checked: it is YAML but not a CloudFormation or SAM template/);
    assert.match(run.stderr, /notes\.txt was not checked: it is neither JSON nor a YAML CloudFormation template/);
    assert.doesNotMatch(run.stdout, /No problems found/);
  });

  void it('gives SARIF regions in the YAML file’s coordinates', () => {
    const run = runCli(['lint', '--format', 'sarif', 'template.yaml'], folder);
    const sarif = JSON.parse(run.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }[] };
    const effect = sarif.runs[0].results.find((r) => r.ruleId === 'effect-invalid');
    assert.deepEqual(effect?.locations[0].physicalLocation.region, { startLine: 11, startColumn: 25, endLine: 11, endColumn: 30 });
  });
});
