import { isParticipantServiceAction, PARTICIPANT_SERVICE_APIS } from '../connect/participantActions';

/**
 * Connect chat failures that no policy causes or fixes. The Participant Service APIs are authorized
 * by tokens, not IAM ("The Amazon Connect Participant Service APIs do not use Signature Version 4
 * authentication"): CreateParticipantConnection takes the ParticipantToken from StartChatContact,
 * the others the ConnectionToken it returns, and "the participant token is valid for the lifetime of
 * the participant", so a chat that has ended refuses both. Their AccessDeniedException reads "You do
 * not have sufficient access to perform this action." (Connect Participant Service API reference).
 */

const PARTICIPANT_OPERATIONS = new Set(PARTICIPANT_SERVICE_APIS.map((name) => name.toLowerCase()));

/** The checks to make instead, when the denied call is a Participant Service API; undefined otherwise. */
export function participantServiceCause(operation: string | undefined, action: string | undefined): string[] | undefined {
  const name = action && isParticipantServiceAction(action) ? action.slice(action.indexOf(':') + 1) : operation && PARTICIPANT_OPERATIONS.has(operation.toLowerCase()) ? operation : undefined;
  if (!name || name.toLowerCase() === 'describeview') return undefined;
  const token = name.toLowerCase() === 'createparticipantconnection' ? 'ParticipantToken (from StartChatContact)' : 'ConnectionToken (from CreateParticipantConnection)';
  return [
    `${name} is an Amazon Connect Participant Service API: it is authorized by a token, not by IAM, so no policy change (not even AdministratorAccess) fixes this denial.`,
    `Check instead: the call sends the ${token} as X-Amz-Bearer; the chat has not ended (a participant's tokens stop working when the participant leaves the contact); the Participant Service endpoint is in the Region of the Connect instance.`,
  ];
}

/** A sentence when the call was sent to another Region than the resource's (Connect instances are regional). */
export function regionMismatch(requestRegion: string | undefined, resource: string | undefined): string | undefined {
  const resourceRegion = resource?.startsWith('arn:') ? resource.split(':')[3] : undefined;
  if (!requestRegion || !resourceRegion || requestRegion === resourceRegion) return undefined;
  return `The call was sent to ${requestRegion}, but the resource is in ${resourceRegion}: a Connect instance answers only in its own Region, so set the client's Region to ${resourceRegion}.`;
}
