/**
 * Hostile-input figures: how long the inputs of the hardening issue take now (before: a 7-star
 * Resource pattern 27.5 s, star-heavy globs 11-68 s per document, 300 kB of empty statements 5-8 s and
 * 300,000 findings, fix-all over 10,000 statements 18 s, on one line 111 s; 10,000 statements sharing one Sid 6.0 s in the CLI, from a quadratic search for a free Sid). Median wall milliseconds
 * of a few runs; the hostile-input tests only bound these loosely, since the machine may be shared.
 *
 * Run alone with `node --import tsx bench/hostile.ts`; bench/run.ts imports `measureHostileInputs`.
 */
import { compileGlob } from '../server/lsp/glob';
import type { PolicyLanguageService } from '../server/service/languageService';
import { matchesWildcard } from '../server/service/text/wildcard';

export interface HostileFigure {
  name: string;
  ms: number;
  detail: string;
}

function medianMs(run: () => unknown, samples = 3): number {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[samples >> 1];
}

function statements(count: number, separator: string): string {
  const statement = (i: number) => `{"Sid":"S${i}","Effect":"allow","Action":["s3:GetObjects","connect:SendMessage"],"Resource":"*"}`;
  return `{"Version":"2012-10-17","Statement":[${Array.from({ length: count }, (_, i) => statement(i)).join(separator)}]}`;
}

export function measureHostileInputs(service: PolicyLanguageService): HostileFigure[] {
  const figures: HostileFigure[] = [];
  figures.push({ name: '7-star wildcard, 60-character text', ms: medianMs(() => matchesWildcard('a*a*a*a*a*a*a*b', 'a'.repeat(60))), detail: 'no match' });
  const glob = compileGlob(`${'*a'.repeat(100)}*.json`);
  if ('error' in glob) throw new Error(glob.error);
  figures.push({ name: '100-star glob, 700-character path', ms: medianMs(() => glob.test(`/${'a/'.repeat(200)}${'a'.repeat(300)}.jsonx`)), detail: 'no match' });
  const empties = `{"Version":"2012-10-17","Statement":[${Array(100_000).fill('{}').join(',')}]}`;
  let findings = 0;
  figures.push({
    name: '300 kB of empty statements, validate',
    ms: medianMs(() => (findings = service.validate({ uri: 'file:///bench/empties.json', text: empties, languageId: 'json' }).length)),
    detail: `${findings} findings reported`,
  });
  const oneSid = statements(10_000, ',').replace(/"Sid":"S\d+"/g, '"Sid":"Chat"');
  figures.push({
    name: '10,000 statements sharing one Sid, validate',
    ms: medianMs(() => (findings = service.validate({ uri: 'file:///bench/one-sid.json', text: oneSid, languageId: 'json' }).length)),
    detail: `${findings} findings reported`,
  });
  for (const [label, separator] of [['10,000 statements', ',\n'], ['10,000 statements on one line', ',']]) {
    const text = statements(10_000, separator);
    figures.push({ name: `fix-all, ${label}`, ms: medianMs(() => service.fixAll({ uri: 'file:///bench/fix-all.json', text, languageId: 'json' }), 1), detail: `${(text.length / 1024).toFixed(0)} kB` });
  }
  return figures;
}

export function formatHostileInputs(figures: HostileFigure[]): string {
  return ['Hostile inputs (median wall ms):', ...figures.map((f) => `  ${f.name.padEnd(42)} ${f.ms.toFixed(1).padStart(9)} ms  ${f.detail}`)].join('\n');
}

if (require.main === module) {
  void import('../server/service/catalog/nodeCatalogSource').then(async ({ loadCatalog }) => {
    const { PolicyLanguageService } = await import('../server/service/languageService');
    console.log(formatHostileInputs(measureHostileInputs(new PolicyLanguageService(loadCatalog()))));
  });
}
