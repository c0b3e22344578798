import type { Rule } from '../rule';
import { connectFlowWithoutAction } from './connectFlowWithoutAction';
import { connectParticipantAction } from './connectParticipantAction';
import { connectStartChatInstanceArn } from './connectStartChatInstanceArn';
import { dependentActionMissing } from './dependentActionMissing';

export const connectRules: Rule[] = [connectStartChatInstanceArn, connectParticipantAction, dependentActionMissing, connectFlowWithoutAction];
