/**
 * The generated policy corpora the CLI figures are taken on: `../shared/bench/gen_corpus.py`, one
 * folder per size under the git-ignored bench/corpus/, generated when missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
export const CORPUS_ROOT = join(ROOT, 'bench', 'corpus');
/** The generator beside the project (../shared/bench), or where BENCH_CORPUS_GENERATOR points. */
const GENERATOR = process.env.BENCH_CORPUS_GENERATOR ?? resolve(ROOT, '..', 'shared', 'bench', 'gen_corpus.py');
/** The generator's default seed: the corpus ../shared/bench/README.md describes. */
export const CORPUS_SEED = 20240607;

/** bench/corpus/<size>, holding exactly `size` policy files of the fixed seed. */
export function ensureCorpus(size: number): string {
  const folder = join(CORPUS_ROOT, String(size));
  const present = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json')).length : 0;
  if (present === size) return folder;
  if (!existsSync(GENERATOR)) throw new Error(`bench: no corpus generator at ${GENERATOR}; set BENCH_CORPUS_GENERATOR to gen_corpus.py`);
  console.log(`bench: generating the ${size}-policy corpus in bench/corpus/${size} ...`);
  const result = spawnSync('python3', [GENERATOR, folder, String(size), String(CORPUS_SEED)], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${GENERATOR} failed (status ${result.status}); is python3 installed?`);
  return folder;
}
