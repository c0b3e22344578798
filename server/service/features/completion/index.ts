import type { CompletionProvider } from '../types';
import { actionCompletion } from './actionCompletion';
import { conditionCompletion } from './conditionCompletion';
import { elementCompletion } from './elementCompletion';
import { resourceCompletion } from './resourceCompletion';
import { snippetCompletion } from './snippetCompletion';
import { valueCompletion } from './valueCompletion';

/** Completion providers; all their items are offered together. Each area adds its own file here. */
export const COMPLETION_PROVIDERS: CompletionProvider[] = [elementCompletion, valueCompletion, actionCompletion, conditionCompletion, resourceCompletion, snippetCompletion];
