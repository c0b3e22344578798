/** Realistic Connect values shared by the rule tables. */
export const INSTANCE_ID = '4b5a1e2c-9f3d-4c6b-8a7e-1d2f3a4b5c6d';
export const FLOW_ID = '0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f';
export const INSTANCE_ARN = `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE_ID}`;
export const FLOWS_ARN = `${INSTANCE_ARN}/contact-flow/*`;
export const FLOW_ARN = `${INSTANCE_ARN}/contact-flow/${FLOW_ID}`;
export const CONTACTS_ARN = `${INSTANCE_ARN}/contact/*`;

/** One Allow statement as JSON text. */
export function allow(action: string | string[], resource: string | string[], extra = ''): string {
  return `{"Effect": "Allow", "Action": ${JSON.stringify(action)}, "Resource": ${JSON.stringify(resource)}${extra}}`;
}
