/**
 * The Amazon Connect Participant Service (chat messages, events, transcripts, attachments) is not
 * authorized by IAM: its calls carry participant or connection tokens, not SigV4 signatures. So
 * `connect:SendMessage` or `connect-participant:*` in a policy grants nothing. The actions rules stay
 * silent on these names and the Connect rules explain them instead.
 */

/** The Participant Service API operations, as people copy them into policies. */
export const PARTICIPANT_SERVICE_APIS: readonly string[] = [
  'SendMessage',
  'SendEvent',
  'GetTranscript',
  'CreateParticipantConnection',
  'DisconnectParticipant',
  'GetAttachment',
  'StartAttachmentUpload',
  'CompleteAttachmentUpload',
  'DescribeView',
  'GetAuthenticationUrl',
  'CancelParticipantAuthentication',
];

/** Prefixes people invent for the Participant Service; neither is an IAM service. */
export const PARTICIPANT_SERVICE_PREFIXES: readonly string[] = ['connectparticipant', 'connect-participant'];

/** Participant API names that are also real `connect` IAM actions (Connect views), so `connect:DescribeView` stays valid. */
const ALSO_CONNECT_IAM_ACTIONS = new Set(['describeview']);

const PARTICIPANT_APIS = new Set(PARTICIPANT_SERVICE_APIS.map((name) => name.toLowerCase()));
const PARTICIPANT_PREFIXES = new Set(PARTICIPANT_SERVICE_PREFIXES);

function isParticipantServicePrefix(prefix: string): boolean {
  return PARTICIPANT_PREFIXES.has(prefix.toLowerCase());
}

/**
 * True for a policy action ("service:Name", any case) that means the Participant Service: anything
 * under a participant prefix (wildcards included), or `connect:` with a participant API name that is
 * not also a Connect IAM action.
 */
export function isParticipantServiceAction(action: string): boolean {
  const colon = action.indexOf(':');
  if (colon <= 0) return false;
  const prefix = action.slice(0, colon);
  if (isParticipantServicePrefix(prefix)) return true;
  const name = action.slice(colon + 1).toLowerCase();
  return prefix.toLowerCase() === 'connect' && PARTICIPANT_APIS.has(name) && !ALSO_CONNECT_IAM_ACTIONS.has(name);
}
