import type { CompletionProvider } from '../types';

/** Completion providers; all their items are offered together. Each area adds its own file here. */
export const COMPLETION_PROVIDERS: CompletionProvider[] = [];
