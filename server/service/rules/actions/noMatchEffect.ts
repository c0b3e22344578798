import type { ActionElement } from './actionEntries';

/** What an entry that matches no action does: nothing in Action; in NotAction it excludes nothing, which widens the statement. */
export function noMatchEffect(element: ActionElement): string {
  return element === 'Action'
    ? 'the statement gets nothing from this entry'
    : 'NotAction excludes nothing with this entry, so the statement covers more than intended';
}
