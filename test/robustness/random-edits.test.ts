import { it } from 'node:test';
import { checkRandomEdits } from './randomEdits';

// The quick pass of every test run; `npm run test:fuzz` runs the same property over 100,000 edits.
void it('random edits of real policies: no exception, every range inside the document, valid code actions, bounded time', (t) => {
  t.diagnostic(checkRandomEdits(5000));
});
