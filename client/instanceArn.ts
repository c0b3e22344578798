/** The Amazon Connect instance ARN a quick fix asks for: checks and template filling, free of `vscode`. */

export const INSTANCE_ARN_PLACEHOLDER = '${InstanceArn}';

export const INSTANCE_ARN_EXAMPLE = 'arn:aws:connect:us-east-1:123456789012:instance/0b3c9f6e-5a1d-4c2b-9e8f-7a6b5c4d3e2f';

const INSTANCE_ARN = /^arn:(aws|aws-cn|aws-us-gov):connect:[a-z]{2}(-[a-z]+)+-\d+:\d{12}:instance\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Why `value` is not an instance ARN, in words a person can act on; undefined when it is one. */
export function instanceArnProblem(value: string): string | undefined {
  const arn = value.trim();
  if (INSTANCE_ARN.test(arn)) return undefined;
  const parts = arn.split(':');
  const resource = parts.slice(5).join(':');
  let hint: string;
  if (!arn.startsWith('arn:')) hint = 'An ARN starts with "arn:".';
  else if (parts.length < 6 || !['aws', 'aws-cn', 'aws-us-gov'].includes(parts[1])) hint = 'The partition must be aws, aws-cn or aws-us-gov.';
  else if (parts[2] !== 'connect') hint = `This is an ARN of the "${parts[2]}" service, not of Amazon Connect.`;
  else if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(parts[3])) hint = 'The region (such as us-east-1) is missing or malformed.';
  else if (!/^\d{12}$/.test(parts[4])) hint = 'The account ID must be 12 digits.';
  else if (/^instance\/[^/]+\//.test(resource)) hint = 'This ARN points inside the instance; keep only "instance/<instance ID>".';
  else if (/^instance\/[0-9A-Fa-f-]{36}$/.test(resource)) hint = 'Instance IDs are lower case, and ARNs are case-sensitive.';
  else hint = 'After "instance/" comes the instance ID, a UUID such as 0b3c9f6e-5a1d-4c2b-9e8f-7a6b5c4d3e2f.';
  return `${hint} Expected an Amazon Connect instance ARN like ${INSTANCE_ARN_EXAMPLE}.`;
}

/** The template with every placeholder replaced by the ARN. */
export function fillInstanceArn(template: string, arn: string): string {
  return template.split(INSTANCE_ARN_PLACEHOLDER).join(arn.trim());
}
