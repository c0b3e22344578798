/**
 * Whole-process figures, and comparisons that hold on a busy machine: contenders run side by side in
 * one session, alternating in every round, and each comparison is the median over the rounds of the
 * ratio measured within a round, so a change of load between rounds moves both sides of a ratio.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const RUSAGE = join(__dirname, 'rusage.py');

export interface ProcessSample {
  wallMs: number;
  /** User plus system CPU time of the process, all of its threads (wait4 rusage). */
  cpuMs: number;
  maxRssMiB: number;
  status: number;
  stdout: string;
}

export interface Contender {
  name: string;
  command: string[];
  cwd?: string;
  /** Exit statuses that mean the run worked (a linter exits 1 when it finds errors). */
  okStatuses?: number[];
  /** Checks one run's output (throws when it is wrong), so a contender that does nothing is not timed. */
  check?: (stdout: string) => void;
}

/** Runs `command` once under bench/rusage.py (wait4: the child's own CPU time and peak RSS). */
export function measureProcess(contender: Contender): ProcessSample {
  const folder = mkdtempSync(join(tmpdir(), 'connect-iam-bench-'));
  try {
    const resultFile = join(folder, 'rusage.json');
    const run = spawnSync('python3', [RUSAGE, resultFile, ...contender.command], { cwd: contender.cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.error) throw run.error;
    const usage = JSON.parse(readFileSync(resultFile, 'utf8')) as { status: number; wallMs: number; userMs: number; sysMs: number; maxRssKiB: number };
    if (!(contender.okStatuses ?? [0]).includes(usage.status)) throw new Error(`${contender.name} exited with status ${usage.status}: ${run.stderr.slice(0, 2000)}`);
    contender.check?.(run.stdout);
    return { wallMs: usage.wallMs, cpuMs: usage.userMs + usage.sysMs, maxRssMiB: usage.maxRssKiB / 1024, status: usage.status, stdout: run.stdout };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export interface ContenderFigures {
  name: string;
  command: string[];
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
  samples: ProcessSample[];
}

export interface Ratio {
  /** "numerator / denominator": how many times the numerator's figure the denominator's is. */
  numerator: string;
  denominator: string;
  wall: number;
  cpu: number;
  /** Lowest and highest ratio of wall times over the rounds. */
  wallRange: [number, number];
}

export interface Load {
  /** One-minute load averages when the comparison started and ended. */
  start: number;
  end: number;
  cores: number;
}

export interface SideBySide {
  title: string;
  rounds: number;
  load: Load;
  contenders: ContenderFigures[];
  ratios: Ratio[];
  /** Peers that could not run here, with the reason; never replaced by a stored figure. */
  notMeasured: { name: string; reason: string }[];
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const currentLoad = (): number => loadavg()[0];

/**
 * Runs every contender once per round, the order rotating from round to round (so none always runs
 * first, or right after the heaviest), after one untimed warm-up round that fills the page cache.
 * `pairs` name the ratios to report, [numerator, denominator] by contender name.
 */
export function sideBySide(
  title: string,
  contenders: Contender[],
  pairs: [string, string][],
  rounds: number,
  notMeasured: { name: string; reason: string }[] = [],
): SideBySide {
  const start = currentLoad();
  for (const contender of contenders) measureProcess(contender);
  const samples = contenders.map(() => [] as ProcessSample[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const index = (round + k) % contenders.length;
      samples[index].push(measureProcess(contenders[index]));
    }
  }
  const figures = contenders.map((c, i) => ({
    name: c.name,
    command: c.command,
    wallMs: median(samples[i].map((s) => s.wallMs)),
    cpuMs: median(samples[i].map((s) => s.cpuMs)),
    maxRssMiB: median(samples[i].map((s) => s.maxRssMiB)),
    samples: samples[i],
  }));
  const byName = (name: string) => {
    const index = contenders.findIndex((c) => c.name === name);
    if (index < 0) throw new Error(`no contender named ${name}`);
    return samples[index];
  };
  const ratios = pairs.map(([numerator, denominator]) => {
    const top = byName(numerator);
    const bottom = byName(denominator);
    const wall = top.map((s, r) => s.wallMs / bottom[r].wallMs);
    const cpu = top.map((s, r) => s.cpuMs / bottom[r].cpuMs);
    return { numerator, denominator, wall: median(wall), cpu: median(cpu), wallRange: [Math.min(...wall), Math.max(...wall)] as [number, number] };
  });
  return { title, rounds, load: { start, end: currentLoad(), cores: cpus().length }, contenders: figures, ratios, notMeasured };
}

const seconds = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

export function formatLoad(load: Load): string {
  const busy = Math.max(load.start, load.end) > load.cores * 0.5;
  return `load average ${load.start.toFixed(1)} -> ${load.end.toFixed(1)} on ${load.cores} cores${busy ? ' (busy: absolute figures are inflated, compare the ratios)' : ''}`;
}

export function formatSideBySide(result: SideBySide): string {
  const width = Math.max(...result.contenders.map((c) => c.name.length), ...result.notMeasured.map((p) => p.name.length));
  const lines = [
    `${result.title}: ${result.rounds} alternating rounds, ${formatLoad(result.load)}`,
    `  ${''.padEnd(width)}  ${'wall'.padStart(8)}  ${'CPU'.padStart(8)}  ${'peak RSS'.padStart(9)}   (medians; CPU = user + sys of the process)`,
    ...result.contenders.map((c) => `  ${c.name.padEnd(width)}  ${seconds(c.wallMs).padStart(8)}  ${seconds(c.cpuMs).padStart(8)}  ${`${c.maxRssMiB.toFixed(0)} MiB`.padStart(9)}`),
    ...result.notMeasured.map((p) => `  ${p.name.padEnd(width)}  not measured: ${p.reason}`),
    '  ratios (median over the rounds of the ratio within a round):',
    ...result.ratios.map(
      (r) => `    ${`${r.numerator} / ${r.denominator}`.padEnd(2 * width + 3)}  wall ${r.wall.toFixed(2)}x (${r.wallRange[0].toFixed(2)}-${r.wallRange[1].toFixed(2)})  CPU ${r.cpu.toFixed(2)}x`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
