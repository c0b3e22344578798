import { stringEntries, type StatementView } from '../document/policyView';

/**
 * API Gateway's short resource form, "execute-api:/STAGE/METHOD/PATH", which API Gateway expands to the
 * ARN of the API whose resource policy holds it (API Gateway Developer Guide, "API Gateway resource
 * policy examples": "Resource": "execute-api:/*"). It is valid in those resource policies only; IAM
 * reads it anywhere else as a string that is not an ARN and matches nothing.
 */
const PREFIX = 'execute-api:/';

export function isExecuteApiShortForm(text: string): boolean {
  return text.startsWith(PREFIX);
}

/**
 * Whether the statement reads like one of an API Gateway resource policy: it names a principal (a
 * resource policy's statements do) and only execute-api actions.
 */
export function allowsExecuteApiShortForm(statement: StatementView): boolean {
  if (!statement.principal && !statement.notPrincipal) return false;
  const actions = stringEntries(statement.action);
  return actions.length > 0 && actions.every((entry) => entry.text?.toLowerCase().startsWith('execute-api:') === true);
}

/** The short form as an ARN pattern for matching against templates: any API, region and account. */
export function executeApiPattern(shortForm: string): string {
  return `arn:*:execute-api:*:*:*${shortForm.slice(PREFIX.length - 1)}`;
}

/**
 * The short form expanded for one request: the ARN components and API ID of the called API (the one
 * whose policy is evaluated), then the stage, method and path the form names; undefined for a request
 * that is not an execute-api ARN.
 */
export function expandExecuteApiShortForm(shortForm: string, requestArn: string): string | undefined {
  const parts = requestArn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn' || parts[2] !== 'execute-api') return undefined;
  const apiId = parts.slice(5).join(':').split('/')[0];
  return `${parts.slice(0, 5).join(':')}:${apiId}${shortForm.slice(PREFIX.length - 1)}`;
}
