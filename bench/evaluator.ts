/**
 * Evaluator benchmark: decisions per second of our evaluator and of iam-simulate's runSimulation (the
 * AGPL oracle, a devDependency) on the same generated cases, in one run. Ours is timed twice: on
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
  decisionsPerSecond: number;
  /** Mean CPU microseconds per decision (less inflated than the wall clock on a busy machine). */
  cpuMicrosPerDecision: number;
}

export interface EvaluatorBench {
  cases: number;
  rates: EngineRate[];
  /** Ours (policies parsed once) over runSimulation. */
  speedup: number;
  /** Ours with the parse in the loop over runSimulation. */
  speedupWithParse: number;
}

const SEED = 7;

async function rate(engine: string, total: number, run: (i: number) => unknown): Promise<EngineRate> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const result = run(i);
    if (result instanceof Promise) await result;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { engine, decisionsPerSecond: total / seconds, cpuMicrosPerDecision: (cpu.user + cpu.system) / total };
}

/** Times both engines on `cases` generated cases (ours over several passes, the oracle over one). */
export async function measureEvaluator(cases = 2000, oursPasses = 10): Promise<EvaluatorBench> {
  const catalog = loadCatalog();
  const generated = generateCases(cases, SEED);
  const parsed = generated.map(toPolicySet);
  const simulations = generated.map(toSimulation);
  // Warm both engines (JIT, catalog service files, iam-data) outside the timed loops.
  for (let i = 0; i < Math.min(200, cases); i++) {
    evaluate(generated[i].request, parsed[i], catalog);
    await oracleDecision(simulations[i]);
  }
  const ours = await rate('connect-iam evaluate (policies parsed once)', cases * oursPasses, (i) => evaluate(generated[i % cases].request, parsed[i % cases], catalog));
  const oursWithParse = await rate('connect-iam parse + evaluate', cases, (i) => evaluate(generated[i].request, toPolicySet(generated[i]), catalog));
  const simulate = await rate('iam-simulate runSimulation', cases, (i) => oracleDecision(simulations[i]));
  return {
    cases,
    rates: [ours, oursWithParse, simulate],
    speedup: ours.decisionsPerSecond / simulate.decisionsPerSecond,
    speedupWithParse: oursWithParse.decisionsPerSecond / simulate.decisionsPerSecond,
  };
}

export function formatEvaluatorBench(bench: EvaluatorBench): string {
  const rows = bench.rates.map((r) => `  ${r.engine.padEnd(46)} ${Math.round(r.decisionsPerSecond).toString().padStart(8)} decisions/s  ${r.cpuMicrosPerDecision.toFixed(0).padStart(6)} µs CPU each`);
  return [
    `Evaluator, ${bench.cases} generated cases (seed ${SEED}):`,
    ...rows,
    `  speed-up over runSimulation: ${bench.speedup.toFixed(1)}x (parsed once), ${bench.speedupWithParse.toFixed(1)}x (parse in the loop)`,
    '',
  ].join('\n');
}

if (require.main === module) {
  void measureEvaluator().then((bench) => process.stdout.write(formatEvaluatorBench(bench)));
}
