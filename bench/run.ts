/**
 * `npm run bench`: the performance figures, measured on this machine, printed and written to
 * bench/results/latest.json. Not a test: figures vary with the machine and with its load, which is
 * recorded beside every figure.
 *
 * Whole-process figures (the CLI) are taken side by side with their floor and with the peers that run
 * here, alternating, and compared as medians of in-round ratios (bench/process.ts); a peer that does
 * not run here is reported as not measured. Editor figures are taken in this process, warm.
 *
 * usage: npm run bench -- [--large] [--rounds N] [--only SECTIONS]
 *   --large        also lint the 10,000-policy corpus
 *   --rounds N     alternating rounds per comparison (default 7; 5 on the 10,000-policy corpus)
 *   --only LIST    comma-separated sections: editor, keystroke, lint, test, server, evaluator, hostile (default all)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../server/service/catalog/nodeCatalogSource';
import { PolicyLanguageService } from '../server/service/languageService';
import { compareLint, FLOOR, LINT } from './cli-lint';
import { compareTest } from './cli-test';
import { CORPUS_SEED } from './corpus';
import { formatEvaluatorBench, measureEvaluator } from './evaluator';
import { cloudFormationTemplate, policyInYamlTemplate, policyOfSize, yamlCloudFormationTemplate } from './fixtures';
import { formatHostileInputs, measureHostileInputs } from './hostile';
import { formatKeystrokes, measureKeystrokes, type KeystrokeFigures } from './keystroke';
import { currentLoad, formatLoad, formatSideBySide, median, type SideBySide } from './process';
import { measureServerMemory } from './server-memory';
import { measureServerStart } from './server-start';

const ROOT = resolve(__dirname, '..');
const SECTIONS = ['editor', 'keystroke', 'lint', 'test', 'server', 'evaluator', 'hostile'] as const;
type Section = (typeof SECTIONS)[number];

interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  /** Undefined when the figure the target needs was not measured here. */
  met: boolean | undefined;
  detail: string;
  /** One-minute load average when the figure was taken. */
  load: number;
}

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

interface ValidationCase {
  name: string;
  uri: string;
  text: string;
  warmup: number;
  samples: number;
  targetMs: number;
}

/** Full validation of one text without a version: every call parses and runs every rule, as on a keystroke. */
function timedValidation(service: PolicyLanguageService, { name, uri, text, warmup, samples, targetMs }: ValidationCase): Figure {
  const load = currentLoad();
  let findings = 0;
  const { wall: times, cpuMs } = sample(() => (findings = service.validate({ uri, text }).length), warmup, samples);
  const value = median(times);
  const digits = targetMs < 10 ? 3 : 1;
  return {
    name,
    value,
    unit: 'ms',
    target: `< ${targetMs} ms`,
    met: value < targetMs,
    detail: `p95 ${percentile(times, 0.95).toFixed(digits)} ms, CPU ${cpuMs.toFixed(digits)} ms/run (mean) over ${times.length} runs, ${findings} findings`,
    load,
  };
}

function editorFigures(service: PolicyLanguageService): Figure[] {
  const json = cloudFormationTemplate();
  const yaml = yamlCloudFormationTemplate();
  const cases: ValidationCase[] = [
    { name: 'Full validation, 6,144-character policy (median, warm)', uri: 'file:///bench/6144.json', text: policyOfSize(6144), warmup: 200, samples: 2000, targetMs: 1 },
    { name: `CloudFormation JSON, ${(json.text.length / 1e6).toFixed(2)} MB with ${json.policies} policies (median)`, uri: 'file:///bench/template.json', text: json.text, warmup: 5, samples: 30, targetMs: 50 },
    { name: '6,144-character policy in a YAML template (median, warm)', uri: 'file:///bench/6144.yaml', text: policyInYamlTemplate(6144), warmup: 200, samples: 2000, targetMs: 2 },
    { name: `CloudFormation YAML, ${(yaml.text.length / 1e6).toFixed(2)} MB with ${yaml.policies} policies (median)`, uri: 'file:///bench/template.yaml', text: yaml.text, warmup: 5, samples: 30, targetMs: 100 },
  ];
  return cases.map((c) => timedValidation(service, c));
}

/** The goals of issue 16 that a lint comparison answers: CPU within 2x of the floor's, peak memory. */
function lintGoals(result: SideBySide, size: number): Figure[] {
  const load = Math.max(result.load.start, result.load.end);
  const toFloor = result.ratios.find((r) => r.numerator === LINT && r.denominator === FLOOR);
  const lint = result.contenders.find((c) => c.name === LINT);
  const parliament = result.ratios.find((r) => r.numerator === 'Parliament');
  const figures: Figure[] = [];
  if (toFloor && lint) {
    figures.push({
      name: `CLI CPU over the floor's, ${size.toLocaleString('en-US')} files (median of in-round ratios)`,
      value: toFloor.cpu,
      unit: 'x',
      target: '<= 2x',
      met: toFloor.cpu <= 2,
      detail: `CLI ${(lint.cpuMs / 1000).toFixed(2)} s CPU, ${(lint.wallMs / 1000).toFixed(2)} s wall; wall ratio ${toFloor.wall.toFixed(2)}x`,
      load,
    });
    figures.push({ name: `CLI peak RSS, ${size.toLocaleString('en-US')} files`, value: lint.maxRssMiB, unit: 'MiB', target: '< 200 MiB', met: lint.maxRssMiB < 200, detail: '', load });
  }
  figures.push(
    parliament
      ? { name: `Parliament over the CLI, ${size.toLocaleString('en-US')} files, side by side`, value: parliament.wall, unit: 'x', target: '>= 20x', met: parliament.wall >= 20, detail: `CPU ratio ${parliament.cpu.toFixed(2)}x`, load }
      : { name: `Parliament over the CLI, ${size.toLocaleString('en-US')} files`, value: Number.NaN, unit: '', target: '>= 20x', met: undefined, detail: result.notMeasured.find((p) => p.name === 'Parliament')?.reason ?? '', load },
  );
  return figures;
}

/** Keystroke to squiggle in the 1 MB template, as the editor's client pulls it (bench/keystroke.ts). */
function keystrokeFigures(f: KeystrokeFigures, load: number): Figure[] {
  const single = median(f.singleMs);
  const burst = median(f.burstMs);
  const p95 = percentile(f.singleMs, 0.95);
  return [
    {
      name: `Keystroke to squiggle, ${f.megabytes.toFixed(2)} MB CloudFormation JSON, one keystroke after a pause, stdio (median)`,
      value: single,
      unit: 'ms',
      target: '< 100 ms',
      met: single < 100,
      detail: `p95 ${p95.toFixed(1)} ms over ${f.singleMs.length} keystrokes, server CPU ${f.singleCpuMs.toFixed(1)} ms per keystroke (mean); open to first diagnostics ${f.openMs.toFixed(0)} ms`,
      load,
    },
    {
      name: `Keystroke to squiggle, same template, last of ${f.burstLength} keystrokes ${f.burstGapMs} ms apart (median)`,
      value: burst,
      unit: 'ms',
      target: '< 100 ms',
      met: burst < 100,
      detail: `max ${Math.max(...f.burstMs).toFixed(1)} ms over ${f.burstMs.length} bursts`,
      load,
    },
  ];
}

async function serverFigures(): Promise<Figure[]> {
  let load = currentLoad();
  const start = await measureServerStart();
  const startFigure: Figure = { name: 'Server start to first diagnostics, one document, stdio (median of 10)', value: start, unit: 'ms', target: '< 300 ms', met: start < 300, detail: '', load };
  load = currentLoad();
  const rss = await measureServerMemory();
  return [startFigure, { name: 'Server RSS after opening 100 policies', value: rss, unit: 'MB', target: '< 100 MB', met: rss < 100, detail: '', load }];
}

function formatValue(f: Figure): string {
  if (Number.isNaN(f.value)) return 'not measured';
  return `${f.value < 10 ? f.value.toFixed(f.unit === 'x' ? 2 : 3) : f.value.toFixed(1)} ${f.unit}`.trim();
}

function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [f.name, formatValue(f), f.target, f.met === undefined ? '-' : f.met ? 'yes' : 'NO', f.load.toFixed(1), f.detail]);
  const header = ['Figure', 'Measured', 'Target', 'Met', 'Load', 'Detail'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log([line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
}

function options() {
  const { values } = parseArgs({
    options: { large: { type: 'boolean', default: false }, rounds: { type: 'string' }, only: { type: 'string' } },
  });
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...SECTIONS];
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  const rounds = values.rounds === undefined ? undefined : Number(values.rounds);
  if (rounds !== undefined && !(Number.isInteger(rounds) && rounds > 0)) throw new Error(`--rounds takes a positive whole number, not ${values.rounds}`);
  return { large: values.large, rounds, sections: new Set(only as Section[]) };
}

async function main(): Promise<void> {
  const { large, rounds, sections } = options();
  const loadBefore = currentLoad();
  const catalog = loadCatalog();
  const figures: Figure[] = [];
  const comparisons: SideBySide[] = [];
  console.log(`bench: ${formatLoad({ start: loadBefore, end: loadBefore, cores: cpus().length })} at the start\n`);
  if (sections.has('editor')) {
    const service = new PolicyLanguageService(catalog);
    figures.push(...editorFigures(service));
  }
  const keystroke = sections.has('keystroke') ? { load: currentLoad(), figures: await measureKeystrokes() } : undefined;
  if (keystroke) {
    console.log(`${formatKeystrokes(keystroke.figures)}\n`);
    figures.push(...keystrokeFigures(keystroke.figures, keystroke.load));
  }
  if (sections.has('lint')) {
    for (const [size, defaultRounds] of large ? [[1000, 7], [10000, 5]] : [[1000, 7]]) {
      const result = compareLint(size, rounds ?? defaultRounds);
      console.log(formatSideBySide(result));
      comparisons.push(result);
      figures.push(...lintGoals(result, size));
    }
  }
  if (sections.has('test')) {
    const result = compareTest(1000, rounds ?? 7);
    console.log(formatSideBySide(result));
    console.log(`  connect-iam test's summary: ${result.summary} (expectations are iam-simulate's decisions; ${result.rejected} generated requests iam-simulate rejected are left out)\n`);
    comparisons.push(result);
  }
  if (sections.has('server')) figures.push(...(await serverFigures()));
  if (figures.length > 0) printTable(figures);
  const evaluator = sections.has('evaluator') ? await measureEvaluator() : undefined;
  if (evaluator) console.log(`\n${formatEvaluatorBench(evaluator)}`);
  const hostile = sections.has('hostile') ? measureHostileInputs(new PolicyLanguageService(catalog)) : undefined;
  if (hostile) console.log(`\n${formatHostileInputs(hostile)}`);
  const loadAfter = currentLoad();
  console.log(`bench: ${formatLoad({ start: loadBefore, end: loadAfter, cores: cpus().length })} over the whole run`);
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: `${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}`,
    catalog: `${catalog.sourceName}, data of ${catalog.date}`,
    corpusSeed: CORPUS_SEED,
    load: { start: Number(loadBefore.toFixed(2)), end: Number(loadAfter.toFixed(2)) },
    figures,
    comparisons: comparisons.map((c) => ({ ...c, contenders: c.contenders.map(({ samples, ...rest }) => ({ ...rest, samples: samples.map(({ stdout: _stdout, ...s }) => s) })) })),
    keystroke: keystroke?.figures,
    evaluator,
    hostile,
  };
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nbench: wrote bench/results/latest.json');
  if (figures.some((f) => f.met === false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
