import { yamlSyntax } from '../../server/service/rules/yaml/yamlSyntax';
import { ruleTable } from '../helpers/ruleTable';

const role = (policies: string) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      Policies: ${policies}
`;

const statement = '{Effect: Allow, Action: "connect:StartChatContact", Resource: "*"}';

ruleTable(yamlSyntax, {
  valid: [
    { name: 'a flow list', code: role(`[{PolicyName: chat, PolicyDocument: {Version: "2012-10-17", Statement: [${statement}]}}]`), languageId: 'yaml' },
    { name: 'not a template: a CI workflow with a YAML error gets nothing', code: 'on: push\njobs:\n  build: [\n', languageId: 'yaml' },
    { name: 'a JSON document is not YAML-checked', code: '{"Version": "2012-10-17", "Statement": []}' },
  ],
  invalid: [
    {
      name: 'an unclosed flow list',
      code: role(`[{PolicyName: chat, PolicyDocument: {Version: "2012-10-17", Statement: [${statement}]}}`) + '⟦⟧',
      message: /CloudFormation rejects a template that is not valid YAML/,
      languageId: 'yaml',
    },
    {
      name: 'a key over two lines, in a template whose policies could not be read',
      code: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    ⟦Properties⟧\n    : {}\n',
      languageId: 'yaml',
    },
  ],
});
