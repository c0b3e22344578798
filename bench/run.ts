/**
 * `npm run bench`: the performance figures of the foundation issue, measured on this machine, printed
 * as a table and written to bench/results/latest.json. Not a test: figures vary with the machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCatalog } from '../server/service/catalog/nodeCatalogSource';
import { PolicyLanguageService } from '../server/service/languageService';
import { formatEvaluatorBench, measureEvaluator } from './evaluator';
import { cloudFormationTemplate, policyOfSize } from './fixtures';
import { formatHostileInputs, measureHostileInputs } from './hostile';
import { measureServerMemory } from './server-memory';
import { measureServerStart } from './server-start';

const ROOT = resolve(__dirname, '..');
const CORPUS = join(ROOT, 'bench', 'corpus');
const CORPUS_SIZE = 1000;
const CORPUS_GENERATOR = resolve(ROOT, '..', 'shared', 'bench', 'gen_corpus.py');
/** Parliament v1.6.4 on the same corpus, one process, this kind of machine (../shared/bench/README.md). */
const PARLIAMENT_SECONDS = 6.8;

interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  met: boolean;
  detail: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/**
 * Times `run` after `warmup` untimed calls: wall milliseconds per call, and the mean CPU milliseconds
 * per call, which other processes on a busy machine inflate far less than the wall clock.
 */
function sample(run: () => void, warmup: number, samples: number): { wall: number[]; cpuMs: number } {
  for (let i = 0; i < warmup; i++) run();
  const cpuBefore = process.cpuUsage();
  const wall = Array.from({ length: samples }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpuMs: (cpu.user + cpu.system) / 1000 / samples };
}

/** CPU milliseconds used by finished child processes so far (Linux /proc), or undefined elsewhere. */
function childrenCpuMs(ticksPerSecond: number): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), cutime and cstime; `fields` starts at field 3.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

function validationOf6144Characters(service: PolicyLanguageService): Figure {
  const text = policyOfSize(6144);
  // No version: every call parses and runs every rule, as on a keystroke.
  let findings = 0;
  const { wall: times, cpuMs } = sample(() => (findings = service.validate({ uri: 'file:///bench/6144.json', text }).length), 200, 2000);
  const value = median(times);
  return {
    name: 'Full validation, 6,144-character policy (median, warm)',
    value,
    unit: 'ms',
    target: '< 1 ms',
    met: value < 1,
    detail: `p95 ${percentile(times, 0.95).toFixed(3)} ms, CPU ${cpuMs.toFixed(3)} ms/run (mean) over ${times.length} runs, ${findings} findings`,
  };
}

function validationOfCloudFormation(service: PolicyLanguageService): Figure {
  const { text, policies } = cloudFormationTemplate();
  let findings = 0;
  const { wall: times, cpuMs } = sample(() => (findings = service.validate({ uri: 'file:///bench/template.json', text }).length), 5, 30);
  const value = median(times);
  return {
    name: `CloudFormation JSON, ${(text.length / 1e6).toFixed(2)} MB with ${policies} policies (median)`,
    value,
    unit: 'ms',
    target: '< 50 ms',
    met: value < 50,
    detail: `p95 ${percentile(times, 0.95).toFixed(1)} ms, CPU ${cpuMs.toFixed(1)} ms/run (mean) over ${times.length} runs, ${findings} findings`,
  };
}

function ensureCorpus(): void {
  const present = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => name.endsWith('.json')).length : 0;
  if (present === CORPUS_SIZE) return;
  console.log(`bench: generating the ${CORPUS_SIZE}-policy corpus in bench/corpus ...`);
  const result = spawnSync('python3', [CORPUS_GENERATOR, CORPUS, String(CORPUS_SIZE)], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${CORPUS_GENERATOR} failed (status ${result.status}); is python3 installed?`);
}

function cliOverCorpus(): Figure {
  ensureCorpus();
  const cli = join(ROOT, 'dist', 'cli.js');
  const runs: number[] = [];
  let output = '';
  const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
  const cpuBefore = childrenCpuMs(ticksPerSecond);
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', CORPUS], { encoding: 'utf8', maxBuffer: 1 << 28 });
    runs.push(performance.now() - started);
    if (result.status !== 0 && result.status !== 1) throw new Error(`the CLI failed (status ${result.status}): ${result.stderr}`);
    output = result.stdout;
  }
  const cpuAfter = childrenCpuMs(ticksPerSecond);
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? '' : `, CPU ${((cpuAfter - cpuBefore) / runs.length).toFixed(0)} ms/run (mean)`;
  const results = JSON.parse(output) as { diagnostics: unknown[] }[];
  const findings = results.reduce((sum, r) => sum + r.diagnostics.length, 0);
  const withFindings = results.filter((r) => r.diagnostics.length > 0).length;
  const seconds = median(runs) / 1000;
  return {
    name: `CLI over ${results.length} policy files, wall time incl. process start (median of ${runs.length})`,
    value: median(runs),
    unit: 'ms',
    target: `>= 20x Parliament (${PARLIAMENT_SECONDS} s): < ${((PARLIAMENT_SECONDS / 20) * 1000).toFixed(0)} ms`,
    met: seconds < PARLIAMENT_SECONDS / 20,
    detail: `${Math.round(results.length / seconds)} files/s, ${(PARLIAMENT_SECONDS / seconds).toFixed(1)}x Parliament${cpu}; ${findings} findings in ${withFindings} files`,
  };
}

async function serverStart(): Promise<Figure> {
  const value = await measureServerStart();
  return { name: 'Server start to first diagnostics, one document, stdio', value, unit: 'ms', target: '< 300 ms', met: value < 300, detail: '' };
}

async function serverMemory(): Promise<Figure> {
  const value = await measureServerMemory();
  return { name: 'Server RSS after opening 100 policies', value, unit: 'MB', target: '< 100 MB', met: value < 100, detail: '' };
}

function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [f.name, `${f.value < 10 ? f.value.toFixed(3) : f.value.toFixed(1)} ${f.unit}`, f.target, f.met ? 'yes' : 'NO', f.detail]);
  const header = ['Figure', 'Measured', 'Target', 'Met', 'Detail'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log([line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
}

/** Other processes competing for the CPU inflate every wall-clock figure; say so next to them. */
function busyWarning(load: number): string | undefined {
  const cores = cpus().length;
  return load > cores * 0.5 ? `bench: warning: load average ${load.toFixed(1)} on ${cores} cores; the machine is busy and figures are inflated.` : undefined;
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  const catalog = loadCatalog();
  const service = new PolicyLanguageService(catalog);
  const figures = [validationOf6144Characters(service), validationOfCloudFormation(service), cliOverCorpus(), await serverStart(), await serverMemory()];
  printTable(figures);
  const evaluator = await measureEvaluator();
  console.log(`\n${formatEvaluatorBench(evaluator)}`);
  const hostile = measureHostileInputs(service);
  console.log(`\n${formatHostileInputs(hostile)}`);
  const load = Math.max(loadBefore, loadavg()[0]);
  const warning = busyWarning(load);
  if (warning) console.log(`\n${warning}`);
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: `${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}`,
    catalog: `${catalog.sourceName}, data of ${catalog.date}`,
    loadAverage: Number(load.toFixed(2)),
    figures,
    evaluator,
    hostile,
  };
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nbench: wrote bench/results/latest.json');
  if (figures.some((f) => !f.met)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
