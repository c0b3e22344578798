// What a person should see for each fixture, shared by the workbench suite and the in-host suite.
import { join } from 'node:path';

export const FIXTURES_DIR = join(__dirname, 'fixtures');
export const EXPECTED_DIR = join(__dirname, 'expected');

export interface ExpectedSquiggle {
  file: string;
  /** Exactly the characters that must be underlined. */
  text: string;
  code: string;
}

export const POLICY_FILE = 'chat-backend.json';

export const SQUIGGLES: ExpectedSquiggle[] = [
  // StartChatContact authorizes against contact-flow: the bare instance ARN never matches.
  { file: POLICY_FILE, text: '"arn:aws:connect:us-east-1:123456789012:instance/5f8a3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b"', code: 'connect-start-chat-instance-arn' },
  { file: POLICY_FILE, text: 'DescribeContacts', code: 'action-unknown' },
  // An instance ID is a UUID.
  { file: POLICY_FILE, text: 'my-chat-instance', code: 'connect-arn-instance-id' },
];

/** The action whose hover must show its description from the Service Authorization Reference. */
export const HOVER_ACTION = { file: POLICY_FILE, text: 'StartChatContact', action: 'connect:StartChatContact' };

/** The quick fix that scopes a wildcard resource, applied from the lightbulb; the file must then equal EXPECTED_DIR/<file>. */
export const SCOPE_FIX = { file: 'wildcard.json', at: '"*"', title: /^Scope to / };

/** A policy with an empty Statement array: the snippet goes on a new line after its opening bracket. */
export const SNIPPET = { file: 'new-policy.json', after: '"Statement": [' };

/** Ordinary JSON in the same workspace: none of our diagnostics. */
export const PLAIN_JSON_FILE = 'package.json';

/** A CloudFormation template in YAML: squiggles, hover and a quick fix work as in JSON. */
export const YAML_TEMPLATE = {
  file: 'chat-stack.yaml',
  /** StartChatContact on the bare instance ARN, a plain scalar: the squiggle covers it without quotes. */
  squiggle: { text: 'arn:aws:connect:us-east-1:123456789012:instance/5f8a3c1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b', code: 'connect-start-chat-instance-arn' },
  hover: { text: 'StartChatContact', action: 'connect:StartChatContact' },
  /** The Effect fix replaces the quoted scalar; the file must then equal EXPECTED_DIR/<file>. */
  fix: { at: '"allow"', title: /^Change the Effect to "Allow"/ },
};
