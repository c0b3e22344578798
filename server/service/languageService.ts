import type { Catalog } from './catalog/catalog';
import { DIAGNOSTIC_SOURCE, ruleDocsLink, type Diagnostic, type Severity } from './diagnostics';
import { planIncrementalCheck, type CheckedVersion } from './document/incrementalFindings';
import { DocumentCache, mayHideUnreadPolicy, parseDocument, type ParsedDocument, type TextDocumentInput } from './document/parsedDocument';
import { COMPLETION_PROVIDERS } from './features/completion';
import { cursorAt } from './features/cursor';
import { HOVER_PROVIDERS } from './features/hover';
import { shortenFixTitles } from './features/fixTitles';
import { isBecomingPolicy } from './features/newPolicy';
import type { CodeAction, CompletionItem, FeatureContext, Hover } from './features/types';
import { withDefaults, type ServiceOptions } from './options';
import { RULES, ruleById } from './rules/registry';
import type { Fix, Report, Rule } from './rules/rule';
import { applyEdits, compatibleEdits } from './text/edits';
import { MAX_QUOTED_CHARS, quoteShort, shorten } from './text/shorten';
import type { Position, Range, TextEdit } from './text/lineIndex';

/**
 * The pure IAM policy language service: text and options in, diagnostics, hovers, completions and
 * code actions out. It imports neither `vscode` nor `vscode-languageserver`; the LSP server and the
 * CLI are thin layers over it.
 */
export class PolicyLanguageService {
  private readonly cache = new DocumentCache();
  /** The last version checked of each large editor document, for checking the next one incrementally. */
  private readonly checked = new Map<string, CheckedVersion>();

  constructor(readonly catalog: Catalog) {}

  parse(input: TextDocumentInput, options: ServiceOptions): ParsedDocument {
    return this.cache.get(input, options.forcePolicy);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.checked.delete(uri);
  }

  validate(input: TextDocumentInput, partial?: Partial<ServiceOptions>): Diagnostic[] {
    const options = withDefaults(partial);
    if (!options.enabled) return [];
    const doc = this.parse(input, options);
    return capFindings(doc, this.findings(input, doc, options));
  }

  /** A large editor document's findings from its previous version's where an edit allows (incrementalFindings.ts). */
  private findings(input: TextDocumentInput, doc: ParsedDocument, options: ServiceOptions): Diagnostic[] {
    if (input.version === undefined || doc.text.length < INCREMENTAL_FROM_CHARS) {
      this.checked.delete(input.uri);
      return this.diagnose(doc, options);
    }
    const optionsKey = JSON.stringify(options);
    const previous = this.checked.get(input.uri);
    if (previous?.doc === doc && previous.optionsKey === optionsKey) return previous.diagnostics;
    const plan = previous && planIncrementalCheck(previous, doc, optionsKey);
    const diagnostics = plan ? plan.merge(this.runRules(plan.doc, options)) : this.diagnose(doc, options);
    this.checked.set(input.uri, { doc, diagnostics, optionsKey });
    return diagnostics;
  }

  private diagnose(doc: ParsedDocument, options: ServiceOptions): Diagnostic[] {
    // Ordinary JSON (package.json, tsconfig.json, ...) gets no findings at all.
    if (doc.policies.length === 0 && !options.forcePolicy && !mayHideUnreadPolicy(doc)) return [];
    return this.runRules(doc, options);
  }

  /** Every active rule over the document's policies and text. */
  private runRules(doc: ParsedDocument, options: ServiceOptions): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    const superseded = new SupersededFindings();
    // One context for every rule, reporting for the rule that runs: no closure per rule and document.
    let rule: Rule;
    let severity: Severity;
    const context = {
      doc,
      catalog: this.catalog,
      options,
      report: (finding: Report) => {
        superseded.note(rule, finding);
        diagnostics.push(toDiagnostic(doc, rule, finding, severity, options));
      },
    };
    const active = activeRules(options);
    for (let i = 0; i < active.length; i++) {
      ({ rule, severity } = active[i]);
      if (rule.meta.formats && !rule.meta.formats.includes(doc.format)) continue;
      try {
        rule.check(context);
      } catch (error) {
        // A rule bug must never take the server down or hide the other rules' findings.
        diagnostics.push(internalError(doc, rule, error, options));
      }
    }
    return superseded.filter(doc, diagnostics);
  }

  hover(input: TextDocumentInput, position: Position, partial?: Partial<ServiceOptions>): Hover | undefined {
    const context = this.featureContext(input, position, partial);
    if (!context) return undefined;
    for (const provider of HOVER_PROVIDERS) {
      const hover = provider(context);
      if (hover) return hover;
    }
    return undefined;
  }

  complete(input: TextDocumentInput, position: Position, partial?: Partial<ServiceOptions>): CompletionItem[] {
    const context = this.featureContext(input, position, partial);
    if (!context) return [];
    return COMPLETION_PROVIDERS.flatMap((provider) => provider(context));
  }

  /** Quick fixes for the given diagnostics (ours, by code), and source.fixAll when asked. */
  codeActions(
    input: TextDocumentInput,
    range: Range,
    diagnostics: Diagnostic[],
    only: string[] | undefined,
    partial?: Partial<ServiceOptions>,
  ): CodeAction[] {
    const options = withDefaults(partial);
    if (!options.enabled) return [];
    const doc = this.parse(input, options);
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const actions: CodeAction[] = [];
    if (wants('quickfix')) {
      for (const diagnostic of diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE || !overlaps(diagnostic.range, range)) continue;
        const fixes = this.fixesFor(doc, diagnostic, options);
        const titles = shortenFixTitles(fixes.map((fix) => fix.title));
        fixes.forEach((fix, i) => {
          actions.push({ title: titles[i], kind: 'quickfix', diagnostics: [diagnostic], edits: fix.edits, command: fix.command, isPreferred: fix.isPreferred });
        });
      }
    }
    if (wants('source.fixAll') && only) {
      const plan = this.fixAllPlan(doc, options);
      if (plan.edits.length > 0) actions.push({ title: FIX_ALL_TITLE, kind: 'source.fixAll', edits: plan.edits });
      else if (plan.problems > 0) actions.push({ title: FIX_ALL_TITLE, kind: 'source.fixAll', disabled: { reason: noSafeFixReason(plan) } });
    }
    return actions;
  }

  /** The text after applying every safe fix, repeated until nothing changes (bounded). */
  fixAll(input: TextDocumentInput, partial?: Partial<ServiceOptions>): string {
    const options = withDefaults(partial);
    if (!options.enabled) return input.text;
    let text = input.text;
    for (let round = 0; round < 10; round++) {
      // One parse per round: the text changes every round, so the cache could not help.
      const doc = this.parse({ ...input, text, version: undefined }, options);
      const edits = this.fixAllEdits(doc, options);
      if (edits.length === 0) break;
      text = applyEdits(text, edits, doc.lines);
    }
    return text;
  }

  /** The first safe fix of every finding, leaving out fixes that would overlap one taken before. */
  private fixAllEdits(doc: ParsedDocument, options: ServiceOptions) {
    return this.fixAllPlan(doc, options).edits;
  }

  /** The first safe fix of each problem, and how many problems there are and how many have other fixes. */
  private fixAllPlan(doc: ParsedDocument, options: ServiceOptions): FixAllPlan {
    const editSets: TextEdit[][] = [];
    let problems = 0;
    let withChoices = 0;
    for (const diagnostic of this.diagnose(doc, options)) {
      problems++;
      const fixes = this.fixesFor(doc, diagnostic, options);
      const safe = fixes.find((fix) => fix.safe && !fix.command);
      if (safe) editSets.push(safe.edits);
      else if (fixes.length > 0) withChoices++;
    }
    return { edits: compatibleEdits(editSets, doc.lines), problems, withChoices };
  }

  private fixesFor(doc: ParsedDocument, diagnostic: Diagnostic, options: ServiceOptions): Fix[] {
    const rule = ruleById(diagnostic.code);
    if (!rule?.fix) return [];
    try {
      return rule.fix({ doc, catalog: this.catalog, options, diagnostic });
    } catch {
      return [];
    }
  }

  private featureContext(input: TextDocumentInput, position: Position, partial?: Partial<ServiceOptions>): FeatureContext | undefined {
    const options = withDefaults(partial);
    if (!options.enabled) return undefined;
    let doc = this.parse(input, options);
    // A new file is helped from its first keystroke; the forced parse is not cached, so diagnostics keep theirs.
    if (doc.policies.length === 0 && isBecomingPolicy(doc)) doc = parseDocument(input, true);
    if (doc.policies.length === 0) return undefined;
    return { doc, catalog: this.catalog, options, cursor: cursorAt(doc, doc.lines.offsetAt(position)) };
  }
}

const FIX_ALL_TITLE = 'Fix all safe Connect IAM problems';

/** From this length an editor document is checked incrementally; below it a whole check takes a few milliseconds. */
export const INCREMENTAL_FROM_CHARS = 64 * 1024;

interface FixAllPlan {
  edits: TextEdit[];
  problems: number;
  /** Problems without a safe fix that still have quick fixes to choose from. */
  withChoices: number;
}

/** Why Fix All changes nothing although there are problems: which need a choice, which an edit by hand. */
function noSafeFixReason({ problems, withChoices }: FixAllPlan): string {
  const byHand = problems - withChoices;
  const one = problems === 1;
  const parts: string[] = [];
  if (withChoices > 0) parts.push(`${one ? 'it has' : `${withChoices} ${withChoices === 1 ? 'has' : 'have'}`} quick fixes to choose from in the light bulb (they need your choice or input, such as which ARN)`);
  if (byHand > 0) parts.push(`${one ? 'it needs' : `${byHand} ${byHand === 1 ? 'needs' : 'need'}`} an edit only you can make (each message says what is wrong)`);
  const subject = one ? 'The Connect IAM problem here has no fix' : `None of the ${problems} Connect IAM problems here has a fix`;
  return `${subject} that is safe to apply without you: ${parts.join('; ')}.`;
}

/**
 * The spans that active superseding rules reported on, per superseded rule id (see RuleMeta.supersedes).
 * Only rules that ran note spans, so a rule switched off hides nothing.
 */
class SupersededFindings {
  private readonly spans = new Map<string, Set<string>>();

  note(rule: Rule, finding: Report): void {
    if (!rule.meta.supersedes) return;
    const nodes = [...(finding.node ? [finding.node] : []), ...(finding.covers ?? [])];
    for (const id of rule.meta.supersedes) {
      let spans = this.spans.get(id);
      if (!spans) this.spans.set(id, (spans = new Set()));
      for (const node of nodes) spans.add(`${node.offset}:${node.length}`);
    }
  }

  filter(doc: ParsedDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    if (this.spans.size === 0) return diagnostics;
    return diagnostics.filter((d) => {
      const spans = this.spans.get(String(d.code));
      if (!spans) return true;
      const offset = doc.lines.offsetAt(d.range.start);
      return !spans.has(`${offset}:${doc.lines.offsetAt(d.range.end) - offset}`);
    });
  }
}

/**
 * The most findings one document reports. Beyond it a list helps nobody and costs the editor dearly
 * (300 kB of empty statements gave 300,000 findings, a 123 MB response); fix-all still sees them all.
 */
export const MAX_FINDINGS_PER_DOCUMENT = 1000;
export const FINDINGS_CAPPED_CODE = 'too-many-findings';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The first MAX_FINDINGS_PER_DOCUMENT findings, most severe first, and one more saying how many were left out. */
function capFindings(doc: ParsedDocument, diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_FINDINGS_PER_DOCUMENT) return diagnostics;
  const kept = diagnostics
    .map((diagnostic, order) => ({ diagnostic, order }))
    .sort((a, b) => SEVERITY_ORDER[a.diagnostic.severity] - SEVERITY_ORDER[b.diagnostic.severity] || a.order - b.order)
    .slice(0, MAX_FINDINGS_PER_DOCUMENT)
    .map(({ diagnostic }) => diagnostic);
  kept.push({
    range: doc.lines.range(0, 0),
    severity: 'information',
    code: FINDINGS_CAPPED_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `Connect IAM reports the first ${MAX_FINDINGS_PER_DOCUMENT} of ${diagnostics.length} findings in this document (most severe first); fix those, or run Fix All, to see the rest.`,
  });
  return kept;
}

function effectiveSeverity(rule: Rule, options: ServiceOptions): Severity | 'off' {
  return options.ruleSeverity[rule.meta.id] ?? rule.meta.defaultSeverity;
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

/** Without overrides (nearly always) the same list for every document. */
let defaultActive: ActiveRule[] | undefined;

/** The rules that run under the options, with their severities; "off" rules left out. */
function activeRules(options: ServiceOptions): ActiveRule[] {
  const overridden = Object.keys(options.ruleSeverity).length > 0;
  if (!overridden && defaultActive) return defaultActive;
  const active = RULES.flatMap((rule) => {
    const severity = effectiveSeverity(rule, options);
    return severity === 'off' ? [] : [{ rule, severity }];
  });
  if (!overridden) defaultActive = active;
  return active;
}

function toDiagnostic(doc: ParsedDocument, rule: Rule, finding: Report, ruleSeverity: Severity, options: ServiceOptions): Diagnostic {
  const offset = finding.node?.offset ?? finding.offset ?? 0;
  const length = finding.node?.length ?? finding.length ?? 0;
  // A user's override beats a rule's per-finding severity; otherwise the rule may soften one finding.
  const severity = options.ruleSeverity[rule.meta.id] !== undefined ? ruleSeverity : (finding.severity ?? ruleSeverity);
  const diagnostic: Diagnostic = {
    range: doc.lines.range(offset, length),
    severity,
    code: rule.meta.id,
    source: DIAGNOSTIC_SOURCE,
    message: withLongValuesCut(finding.message),
  };
  const docs = ruleDocsLink(rule.meta.id, options.ruleDocsBase);
  if (docs) diagnostic.codeDescription = docs;
  if (finding.data) diagnostic.data = finding.data;
  if (finding.unnecessary) diagnostic.unnecessary = true;
  return diagnostic;
}

/** Messages quote the user's values; a quoted value longer than a message should hold is cut (a 4.9 MB action name made a 4.9 MB message). */
function withLongValuesCut(message: string): string {
  if (message.length <= MAX_QUOTED_CHARS * 4) return message;
  const cut = message.replace(QUOTED, (quoted) => {
    if (quoted.length <= MAX_QUOTED_CHARS + 2) return quoted;
    try {
      return quoteShort(JSON.parse(quoted) as string);
    } catch {
      return shorten(quoted, MAX_QUOTED_CHARS);
    }
  });
  return shorten(cut, MAX_QUOTED_CHARS * 20);
}

/**
 * A JSON-quoted value as messages write them. Every quoted value is matched, short ones too, so that quotes pair
 * from the left: matching only long ones would pair the closing quote of one short value with the opening quote
 * of the next and cut the message text between them.
 */
const QUOTED = /"(?:[^"\\]|\\.)*"/g;

function internalError(doc: ParsedDocument, rule: Rule, error: unknown, options: ServiceOptions): Diagnostic {
  const diagnostic: Diagnostic = {
    range: doc.lines.range(0, 0),
    severity: 'warning',
    code: rule.meta.id,
    source: DIAGNOSTIC_SOURCE,
    message: `Internal error in rule ${rule.meta.id}; other findings are unaffected. Please report it: ${shorten(String(error), 300)}`,
  };
  const docs = ruleDocsLink(rule.meta.id, options.ruleDocsBase);
  if (docs) diagnostic.codeDescription = docs;
  return diagnostic;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
