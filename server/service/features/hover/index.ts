import type { HoverProvider } from '../types';
import { actionHover } from './actionHover';
import { arnHover } from './arnHover';
import { conditionHover } from './conditionHover';

/** Hover providers, asked in order; the first answer wins. Each area adds its own file here. */
export const HOVER_PROVIDERS: HoverProvider[] = [arnHover, actionHover, conditionHover];
