/**
 * Evaluator benchmark: decisions per second of our evaluator and of iam-simulate's runSimulation (the
 * AGPL oracle, a devDependency) on the same generated cases, in one process, alternating. Ours is timed twice: on
 * policies parsed once (what the editor does while the policy is unchanged) and with the parse in the
 * loop (what runSimulation always does: it validates and loads the raw policies on every call).
 *
 * Run alone with `node --import tsx bench/evaluator.ts`; bench/run.ts may import `measureEvaluator`.
 */
import { loadCatalog } from '../server/service/catalog/nodeCatalogSource';
import { evaluate } from '../server/service/evaluator/evaluate';
import { oracleDecision, toPolicySet, toSimulation } from '../test/evaluator/engines';
import { generateCases } from '../test/evaluator/randomCases';

export interface EngineRate {
  engine: string;
  /** Median over the rounds. */
  decisionsPerSecond: number;
  /** Mean CPU microseconds per decision (less inflated than the wall clock on a busy machine). */
  cpuMicrosPerDecision: number;
}

export interface EvaluatorBench {
  cases: number;
  rounds: number;
  rates: EngineRate[];
  /** Ours (policies parsed once) over runSimulation: median over the rounds of the ratio within a round. */
  speedup: number;
  /** Ours with the parse in the loop over runSimulation, the same way. */
  speedupWithParse: number;
}

const SEED = 7;

interface Block {
  decisionsPerSecond: number;
  cpuMicros: number;
  decisions: number;
}

async function block(total: number, run: (i: number) => unknown): Promise<Block> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const result = run(i);
    if (result instanceof Promise) await result;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { decisionsPerSecond: total / seconds, cpuMicros: cpu.user + cpu.system, decisions: total };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Times both engines on `cases` generated cases, in `rounds` rounds: each round runs every engine
 * over its share of the cases (ours over several passes, being faster), the order rotating, so the
 * ratios compare blocks that ran seconds apart under the same load.
 */
export async function measureEvaluator(cases = 2000, rounds = 5, oursPasses = 5): Promise<EvaluatorBench> {
  const catalog = loadCatalog();
  const generated = generateCases(cases, SEED);
  const parsed = generated.map(toPolicySet);
  const simulations = generated.map(toSimulation);
  // Warm both engines (JIT, catalog service files, iam-data) outside the timed blocks.
  for (let i = 0; i < Math.min(200, cases); i++) {
    evaluate(generated[i].request, parsed[i], catalog);
    await oracleDecision(simulations[i]);
  }
  const share = Math.ceil(cases / rounds);
  const engines: { engine: string; run: (round: number) => Promise<Block> }[] = [
    {
      engine: 'connect-iam evaluate (policies parsed once)',
      run: (round) => block(share * oursPasses, (i) => {
        const c = (round * share + i) % cases;
        return evaluate(generated[c].request, parsed[c], catalog);
      }),
    },
    {
      engine: 'connect-iam parse + evaluate',
      run: (round) => block(share, (i) => {
        const c = (round * share + i) % cases;
        return evaluate(generated[c].request, toPolicySet(generated[c]), catalog);
      }),
    },
    { engine: 'iam-simulate runSimulation', run: (round) => block(share, (i) => oracleDecision(simulations[(round * share + i) % cases])) },
  ];
  const blocks = engines.map(() => [] as Block[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < engines.length; k++) {
      const index = (round + k) % engines.length;
      blocks[index].push(await engines[index].run(round));
    }
  }
  const rates = engines.map((e, i) => ({
    engine: e.engine,
    decisionsPerSecond: median(blocks[i].map((b) => b.decisionsPerSecond)),
    cpuMicrosPerDecision: blocks[i].reduce((sum, b) => sum + b.cpuMicros, 0) / blocks[i].reduce((sum, b) => sum + b.decisions, 0),
  }));
  const ratioTo = (index: number) => median(blocks[index].map((b, r) => b.decisionsPerSecond / blocks[2][r].decisionsPerSecond));
  return { cases, rounds, rates, speedup: ratioTo(0), speedupWithParse: ratioTo(1) };
}

export function formatEvaluatorBench(bench: EvaluatorBench): string {
  const rows = bench.rates.map((r) => `  ${r.engine.padEnd(46)} ${Math.round(r.decisionsPerSecond).toString().padStart(8)} decisions/s  ${r.cpuMicrosPerDecision.toFixed(0).padStart(6)} µs CPU each`);
  return [
    `Evaluator in one process, ${bench.cases} generated cases (seed ${SEED}), ${bench.rounds} alternating rounds (medians):`,
    ...rows,
    `  speed-up over runSimulation (median of the in-round ratios): ${bench.speedup.toFixed(1)}x (parsed once), ${bench.speedupWithParse.toFixed(1)}x (parse in the loop)`,
    '',
  ].join('\n');
}

if (require.main === module) {
  void measureEvaluator().then((bench) => process.stdout.write(formatEvaluatorBench(bench)));
}
