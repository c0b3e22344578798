import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/service/text/edits';
import { LineIndex } from '../../server/service/text/lineIndex';
import { service, withCursor } from '../helpers/service';

/** A role's inline policy in a YAML template, with the given statement lines (indented as list items of Statement). */
const template = (...statementLines: string[]) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: chat
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
${statementLines.map((line) => `              ${line}`).join('\n')}
`;

const URI = 'file:///test/template.yaml';

function hoverAt(marked: string) {
  const { text, position } = withCursor(marked);
  const hover = service().hover({ uri: URI, text }, position);
  const lines = new LineIndex(text);
  return { hover, covered: hover?.range ? text.slice(lines.offsetAt(hover.range.start), lines.offsetAt(hover.range.end)) : undefined };
}

/** The text after accepting the completion labelled `label`. */
function complete(marked: string, label: string): string | undefined {
  const { text, position } = withCursor(marked);
  const item = service().complete({ uri: URI, text }, position).find((i) => i.label === label);
  return item?.textEdit ? applyEdits(text, [item.textEdit], new LineIndex(text)) : undefined;
}

void describe('hover in a YAML template', () => {
  void it('explains an action written plain, quoted, or as a list item, over exactly its text', () => {
    const plain = hoverAt(template('- Effect: Allow', '  Action: connect:Start¦ChatContact', '  Resource: "*"'));
    assert.match(plain.hover?.contents ?? '', /\*\*`connect:StartChatContact`\*\* · Write/);
    assert.equal(plain.covered, 'connect:StartChatContact');
    const quoted = hoverAt(template('- Effect: Allow', '  Action:', "    - 'connect:StartChat¦Contact'", '  Resource: "*"'));
    assert.match(quoted.hover?.contents ?? '', /\*\*`connect:StartChatContact`\*\*/);
  });

  void it('explains an ARN inside !Sub, and a condition key', () => {
    const arn = hoverAt(template('- Effect: Allow', '  Action: connect:StartChatContact', '  Resource: !Sub arn:aws:connect:us-east-1:123456789012:inst¦ance/${Id}/contact-flow/*'));
    assert.match(arn.hover?.contents ?? '', /contact flow/);
    const key = hoverAt(template('- Effect: Allow', '  Action: connect:StartChatContact', '  Resource: "*"', '  Condition:', '    IpAddress:', '      aws:Source¦Ip: 203.0.113.0/24'));
    assert.match(key.hover?.contents ?? '', /\*\*`aws:SourceIp`\*\* · IPAddress/);
    assert.equal(key.covered, 'aws:SourceIp');
  });

  void it('says nothing in YAML that is not a template', () => {
    const { text, position } = withCursor('jobs:\n  deploy:\n    Statement:\n      - Effect: Allow\n        Action: connect:Start¦ChatContact\n');
    assert.equal(service().hover({ uri: 'file:///ci.yml', text }, position), undefined);
  });
});

void describe('completion in a YAML template', () => {
  void it('completes an action being typed in a plain scalar and in a list item', () => {
    assert.equal(
      complete(template('- Effect: Allow', '  Action: connect:StartCh¦', '  Resource: "*"'), 'StartChatContact'),
      template('- Effect: Allow', '  Action: connect:StartChatContact', '  Resource: "*"'),
    );
    assert.equal(
      complete(template('- Effect: Allow', '  Action:', '    - connect:Sta¦', '  Resource: "*"'), 'StartChatContact'),
      template('- Effect: Allow', '  Action:', '    - connect:StartChatContact', '  Resource: "*"'),
    );
  });

  void it('completes Effect inside a plain scalar and after the colon, without JSON quotes', () => {
    assert.equal(complete(template('- Effect: Al¦', '  Action: s3:GetObject', '  Resource: "*"'), 'Allow'), template('- Effect: Allow', '  Action: s3:GetObject', '  Resource: "*"'));
    assert.equal(complete(template('- Effect: ¦', '  Action: s3:GetObject', '  Resource: "*"'), 'Deny'), template('- Effect: Deny', '  Action: s3:GetObject', '  Resource: "*"'));
  });

  void it('completes an element name being typed on its own line, and a new element on an empty line, in block style', () => {
    assert.equal(complete(template('- Effect: Allow', '  Act¦', '  Resource: "*"'), 'Action'), template('- Effect: Allow', '  Action', '  Resource: "*"'));
    assert.equal(complete(template('- Effect: Allow', '  ¦', '  Resource: "*"'), 'Action'), template('- Effect: Allow', '  Action: "$1"', '  Resource: "*"'));
  });

  void it('writes JSON punctuation only in a flow mapping', () => {
    const text = complete(template('- {Effect: Allow,¦ Resource: "*"}'), 'Action');
    assert.equal(text, template('- {Effect: Allow,"Action": "$1", Resource: "*"}'));
  });
});
