/**
 * `npm run test:fuzz`: the random-edits property of test/robustness at fuzzing scale, at least
 * 100,000 edited documents (a few minutes), each with every request an editor makes on it. Apart from
 * `npm run test:unit` because of its length; CI runs both. FUZZ_SEED=<n> replays one run.
 */
import { it } from 'node:test';
import { checkRandomEdits } from '../robustness/randomEdits';

const MIN_EDITS = 100_000;
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

void it(`fuzz: ${MIN_EDITS} random edits of real policies`, (t) => {
  t.diagnostic(checkRandomEdits(MIN_EDITS, seed));
});
