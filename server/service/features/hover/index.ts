import type { HoverProvider } from '../types';

/** Hover providers, asked in order; the first answer wins. Each area adds its own file here. */
export const HOVER_PROVIDERS: HoverProvider[] = [];
