import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAccessDeniedMessage } from '../../server/service/accessDenied/parseMessage';
import type { ParsedMessage } from '../../server/service/accessDenied/types';

/**
 * The message forms of the IAM User Guide ("Troubleshoot access denied error messages": "User: ARN is
 * not authorized to perform: ACTION on resource: ARN because no <type> allows the ACTION action" and
 * "... with an explicit deny in a/an <type>[: POLICY-ARN]"), the older form without a reason, the
 * form without a resource, and the wrappers SDKs, the AWS CLI and error bodies put around them.
 */

const ROLE = 'arn:aws:sts::111122223333:assumed-role/chat-backend/lambda-1';
const FLOW = 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/contact-flow/66666666-7777-8888-9999-000000000000';
const core = `User: ${ROLE} is not authorized to perform: connect:StartChatContact on resource: ${FLOW}`;

type Expected = Partial<Omit<ParsedMessage, 'text'>>;
const request = { principal: ROLE, action: 'connect:StartChatContact', resource: FLOW };

const REASONS: [string, Expected['reason']][] = [
  ['because no identity-based policy allows the connect:StartChatContact action', { kind: 'implicitDeny', policyType: 'identity-based policy' }],
  ['because no resource-based policy allows the connect:StartChatContact action', { kind: 'implicitDeny', policyType: 'resource-based policy' }],
  ['because no permissions boundary allows the connect:StartChatContact action', { kind: 'implicitDeny', policyType: 'permissions boundary' }],
  ['because no session policy allows the connect:StartChatContact action', { kind: 'implicitDeny', policyType: 'session policy' }],
  ['because no service control policy allows the connect:StartChatContact action', { kind: 'implicitDeny', policyType: 'service control policy' }],
  ['because no VPC endpoint policy allows the connect:StartChatContact action', { kind: 'implicitDeny', policyType: 'VPC endpoint policy' }],
  ['with an explicit deny in an identity-based policy', { kind: 'explicitDeny', policyType: 'identity-based policy' }],
  ['with an explicit deny in a resource-based policy', { kind: 'explicitDeny', policyType: 'resource-based policy' }],
  ['with an explicit deny in a service control policy', { kind: 'explicitDeny', policyType: 'service control policy' }],
  ['with an explicit deny in a resource control policy', { kind: 'explicitDeny', policyType: 'resource control policy' }],
  ['with an explicit deny in a permissions boundary', { kind: 'explicitDeny', policyType: 'permissions boundary' }],
  ['with an explicit deny in a session policy', { kind: 'explicitDeny', policyType: 'session policy' }],
  ['with an explicit deny in a VPC endpoint policy', { kind: 'explicitDeny', policyType: 'VPC endpoint policy' }],
];

function check(text: string, expected: Expected): void {
  const parsed = parseAccessDeniedMessage(text);
  assert.ok(parsed, `not read: ${text}`);
  for (const [key, value] of Object.entries(expected)) assert.deepEqual(parsed[key as keyof ParsedMessage], value, `${key} of: ${text}`);
}

void describe('AccessDenied message forms', () => {
  for (const [tail, reason] of REASONS) {
    void it(tail, () => check(`${core} ${tail}`, { ...request, reason }));
  }

  void it('the older form, without a reason', () => check(core, { ...request, reason: undefined }));

  void it('no resource: the IAM User Guide example', () =>
    check('User: arn:aws:iam::777788889999:user/MaryMajor is not authorized to perform: codecommit:ListRepositories because no identity-based policy allows the codecommit:ListRepositories action', {
      principal: 'arn:aws:iam::777788889999:user/MaryMajor',
      action: 'codecommit:ListRepositories',
      resource: undefined,
      reason: { kind: 'implicitDeny', policyType: 'identity-based policy' },
    }));

  void it('an explicit deny naming the policy ARN, with the Access Troubleshooter link', () =>
    check(
      'User: arn:aws:iam::123456789012:user/janedoe is not authorized to perform: iam:CreateInstanceProfile on resource: arn:aws:iam::123456789012:instance-profile/my-instance-profile with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/ExampleDenyPolicy. Go to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/EXAMPLE1a2b3c4d5e',
      {
        resource: 'arn:aws:iam::123456789012:instance-profile/my-instance-profile',
        reason: { kind: 'explicitDeny', policyType: 'identity-based policy', policyArn: 'arn:aws:iam::123456789012:policy/ExampleDenyPolicy' },
      },
    ));

  void it('the AWS CLI and boto3 prefix: error code and operation', () =>
    check(`An error occurred (AccessDeniedException) when calling the StartChatContact operation: ${core} because no identity-based policy allows the connect:StartChatContact action`, {
      ...request,
      errorCode: 'AccessDeniedException',
      operation: 'StartChatContact',
    }));

  void it('the JavaScript SDK v3 form "Name: message"', () => check(`AccessDeniedException: ${core}`, { ...request, errorCode: 'AccessDeniedException' }));

  void it('the Go SDK v2 form', () =>
    check(`operation error Connect: StartChatContact, https response error StatusCode: 403, RequestID: 0f1e2d3c-aaaa-bbbb-cccc-000000000000, AccessDeniedException: ${core}`, {
      ...request,
      operation: 'StartChatContact',
      errorCode: 'AccessDeniedException',
    }));

  void it('the Java SDK suffix ends the resource', () =>
    check(`${core} (Service: Connect, Status Code: 403, Error Code: AccessDeniedException, Request ID: 0f1e2d3c)`, { ...request, errorCode: 'AccessDeniedException' }));

  void it('a JSON error body (REST JSON services)', () =>
    check(JSON.stringify({ __type: 'com.amazonaws.connect#AccessDeniedException', message: `${core} with an explicit deny in a service control policy` }), {
      ...request,
      errorCode: 'AccessDeniedException',
      reason: { kind: 'explicitDeny', policyType: 'service control policy' },
    }));

  void it('an XML error body (query services: IAM, STS)', () =>
    check(
      '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::111122223333:user/dev is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/chat-backend because no identity-based policy allows the iam:PassRole action</Message></Error></ErrorResponse>',
      { errorCode: 'AccessDenied', action: 'iam:PassRole', resource: 'arn:aws:iam::111122223333:role/chat-backend' },
    ));

  void it('the resource exactly as printed, encoded characters included', () =>
    check(`User: ${ROLE} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::chat-attachments/a%20b/c+d.txt because no identity-based policy allows the s3:GetObject action`, {
      resource: 'arn:aws:s3:::chat-attachments/a%20b/c+d.txt',
    }));

  void it('a trailing period does not become part of the resource', () => check(`${core}.`, { resource: FLOW }));

  void it('the Participant Service denial has no principal: only the code and the operation', () =>
    check('An error occurred (AccessDeniedException) when calling the SendMessage operation: You do not have sufficient access to perform this action.', {
      errorCode: 'AccessDeniedException',
      operation: 'SendMessage',
      principal: undefined,
      action: undefined,
    }));

  void it('text that is no AccessDenied message is not read', () => {
    for (const text of ['', 'hello', '{"foo": 1}', 'An error occurred (ThrottlingException) when calling the StartChatContact operation: Rate exceeded']) {
      assert.equal(parseAccessDeniedMessage(text), undefined, text);
    }
  });
});
