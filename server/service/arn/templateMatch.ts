/**
 * Whether an ARN pattern from a policy COULD match an ARN template from the Service Authorization
 * Reference: is there one concrete ARN that both describe? The policy side has IAM wildcards (`*`, `?`),
 * policy variables (`${aws:username}`, any value) and, in CloudFormation Fn::Sub strings, `${Name}`
 * references (one ARN field or path segment). The template side has `${Variable}`s: one segment each,
 * except names that hold paths (`${ObjectName}`, `${RoleNameWithPath}`), which may span `/` and `:`.
 * Both sides become sequences of character classes, and a breadth-first walk over their product
 * decides whether the two languages intersect.
 */
import { TextMemo } from '../text/textMemo';

/** Marks a CloudFormation `${Name}` reference inside a policy pattern built from an Fn::Sub string. */
export const SUB_REFERENCE = '\u0000';

/**
 * A side as parallel arrays, one entry per token: its class (a literal character's code, or one of the
 * negative class codes below) and whether it takes any number of characters (none included) or one.
 */
export interface Tokens {
  cls: Int32Array;
  many: Uint8Array;
}

/** Any character. */
const ANY = -1;
/** Neither "/" nor ":". */
const SEGMENT = -2;
/** Anything but ":". */
const FIELD = -3;
const SLASH = 47;
const COLON = 58;
const PATH_VARIABLE = /Path|ObjectName|ParameterName/;

/** The characters a template variable may stand for (see the file comment). */
function variableClass(template: string, name: string): number {
  if (PATH_VARIABLE.test(name)) return ANY;
  return template.startsWith('arn:${Partition}:connect:') || name === 'BucketName' ? SEGMENT : FIELD;
}

/** The same classes as RegExp source, for templates matched against plain text. */
function variableSource(template: string, name: string): string {
  const cls = variableClass(template, name);
  if (name === 'Account') return '[^:]*';
  return cls === ANY ? '.+' : cls === SEGMENT ? '[^/:]+' : '[^:]+';
}

/** Collects tokens; one or more characters of a class is one token, then any number of them. */
class TokenList {
  private readonly cls: number[] = [];
  private readonly many: number[] = [];

  add(cls: number, many: boolean): void {
    this.cls.push(cls);
    this.many.push(many ? 1 : 0);
  }

  oneOrMore(cls: number): void {
    this.add(cls, false);
    this.add(cls, true);
  }

  done(): Tokens {
    return { cls: Int32Array.from(this.cls), many: Uint8Array.from(this.many) };
  }
}

function policyTokens(pattern: string): Tokens {
  const tokens = new TokenList();
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') tokens.add(ANY, true);
    else if (ch === '?') tokens.add(ANY, false);
    else if (ch === SUB_REFERENCE) tokens.oneOrMore(SEGMENT);
    else if (ch === '$' && pattern[i + 1] === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) {
        tokens.add(pattern.charCodeAt(i), false);
        continue;
      }
      const inner = pattern.slice(i + 2, end);
      // ${*}, ${?}, ${$} are escapes for the literal character; other variables take any value.
      if (inner === '*' || inner === '?' || inner === '$') tokens.add(inner.charCodeAt(0), false);
      else tokens.add(ANY, true);
      i = end;
    } else tokens.add(pattern.charCodeAt(i), false);
  }
  return tokens.done();
}

function templateTokens(template: string): Tokens {
  const tokens = new TokenList();
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    const end = ch === '$' && template[i + 1] === '{' ? template.indexOf('}', i) : -1;
    if (end >= 0) {
      const name = template.slice(i + 2, end);
      // AWS-owned resources leave the account empty (SSM's arn:aws:ssm:REGION::document/AWS-RunShellScript);
      // arn-account judges the account itself, so here it may be empty.
      if (name === 'Account') tokens.add(variableClass(template, name), true);
      else tokens.oneOrMore(variableClass(template, name));
      i = end;
    } else if (ch === '*') tokens.add(ANY, true);
    else tokens.add(template.charCodeAt(i), false);
  }
  return tokens.done();
}

function admits(cls: number, code: number): boolean {
  if (cls >= 0) return cls === code;
  if (cls === SEGMENT) return code !== SLASH && code !== COLON;
  if (cls === FIELD) return code !== COLON;
  return true;
}

function intersects(a: number, b: number): boolean {
  if (a >= 0) return admits(b, a);
  if (b >= 0) return admits(a, b);
  // Every non-literal class admits ordinary letters.
  return true;
}

/** Reused between calls (the walk never re-enters): one flag per (pattern token, template token) pair. */
let seen = new Uint8Array(4096);
let stack = new Int32Array(4096);

function overlap(p: Tokens, t: Tokens): boolean {
  const pLength = p.cls.length;
  const tLength = t.cls.length;
  const width = tLength + 1;
  const size = (pLength + 1) * width;
  if (seen.length < size) {
    seen = new Uint8Array(size);
    stack = new Int32Array(size);
  } else seen.fill(0, 0, size);
  let top = 0;
  const visit = (i: number, j: number) => {
    const key = i * width + j;
    if (!seen[key]) {
      seen[key] = 1;
      stack[top++] = key;
    }
  };
  visit(0, 0);
  while (top > 0) {
    const key = stack[--top];
    let i = (key / width) | 0;
    let j = key - i * width;
    // While neither token may repeat there is one way on, one character on both sides: take it without
    // recording every state of a long literal run.
    let dead = false;
    while (i < pLength && j < tLength && p.many[i] === 0 && t.many[j] === 0) {
      if (!intersects(p.cls[i], t.cls[j])) {
        dead = true;
        break;
      }
      i++;
      j++;
    }
    if (dead) continue;
    if (i === pLength && j === tLength) return true;
    const pMany = i < pLength && p.many[i] === 1;
    const tMany = j < tLength && t.many[j] === 1;
    // A "many" token may match nothing.
    if (pMany) visit(i + 1, j);
    if (tMany) visit(i, j + 1);
    if (i === pLength || j === tLength || !intersects(p.cls[i], t.cls[j])) continue;
    // Both consume one character; a "many" token may stay to consume more.
    if (!(pMany && tMany)) visit(pMany ? i : i + 1, tMany ? j : j + 1);
    else {
      visit(i + 1, j);
      visit(i, j + 1);
    }
  }
  return false;
}

/**
 * What must hold of any text a side describes, for cheap rejections before the search: its literal
 * start and end, and, when the first five fields are fixed (no wildcard or path variable before the
 * fifth colon, so every described ARN has its colons there), the service field and the literal start
 * of the resource part.
 */
interface Ends {
  head: string;
  tail: string;
  /** Undefined when the field is not fixed or not literal. */
  service: string | undefined;
  /** Undefined when the first five fields are not fixed. */
  resourceHead: string | undefined;
}

/** A catalog template prepared once: its ends, its RegExp and its tokens. */
export interface CompiledTemplate extends Ends {
  template: string;
  regexp: RegExp;
  tokens: Tokens;
  /** Answers for patterns with wildcards or variables; they repeat across statements and keystrokes. */
  answers: TextMemo<boolean>;
}

const MAX_CACHED_PER_TEMPLATE = 2000;
/** Templates come from the catalog, so this stays small; the bound is for callers that pass other text. */
const MAX_TEMPLATES = 20000;
const compiledTemplates = new Map<string, CompiledTemplate>();
/** A policy pattern's ends, and its tokens once a search needed them. */
interface PatternFacts extends Ends {
  tokens?: Tokens;
}

const patterns = new TextMemo<PatternFacts>(5000);

/** Characters where a policy pattern's literal text ends (conservatively including a lone "$"). */
const PATTERN_SPECIAL = /[*?$\u0000]/;
const PATTERN_SPECIALS = '*?${}\u0000';
const TEMPLATE_SPECIAL = /[$*]/;
const TEMPLATE_SPECIALS = '$}*';

/** The template as an anchored RegExp, for plain patterns (no wildcard or variable): one test, no search. */
function templateRegExp(template: string): RegExp {
  let source = '^';
  for (const part of template.split(/(\$\{[A-Za-z0-9]+\}|\*)/)) {
    const variable = /^\$\{([A-Za-z0-9]+)\}$/.exec(part);
    if (variable) source += variableSource(template, variable[1]);
    else if (part === '*') source += '.*';
    else source += part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`${source}$`, 's');
}

/** Literal text at the start of `text`, up to the first character `special` finds. */
function literalHead(text: string, special: RegExp): string {
  const at = text.search(special);
  return at < 0 ? text : text.slice(0, at);
}

/** Literal text at the end of `text`, after the last character in `specials`. */
function literalTail(text: string, specials: string): string {
  let at = text.length;
  while (at > 0 && !specials.includes(text[at - 1])) at--;
  return text.slice(at);
}

/**
 * The offsets of the first five colons, or undefined when text that may hold a colon (`unfixed` finds
 * it) comes before the fifth, or there are fewer than five.
 */
function headerColons(text: string, unfixed: (before: string) => boolean): number[] | undefined {
  const colons: number[] = [];
  let at = -1;
  while (colons.length < 5) {
    at = text.indexOf(':', at + 1);
    if (at < 0) return undefined;
    colons.push(at);
  }
  return unfixed(text.slice(0, at)) ? undefined : colons;
}

function endsOf(text: string, special: RegExp, specials: string, unfixed: (before: string) => boolean): Ends {
  const colons = headerColons(text, unfixed);
  const service = colons && text.slice(colons[1] + 1, colons[2]);
  return {
    head: literalHead(text, special),
    tail: literalTail(text, specials),
    service: service !== undefined && !special.test(service) ? service : undefined,
    resourceHead: colons && literalHead(text.slice(colons[4] + 1), special),
  };
}

/** Template variables other than paths never hold a colon (see variableClass); anything else might. */
function templateHeaderUnfixed(header: string): boolean {
  return /[$*]/.test(header.replace(/\$\{([A-Za-z0-9]+)\}/g, (variable, name: string) => (PATH_VARIABLE.test(name) ? variable : '')));
}

/** The prepared form of a template, built once per template text. */
export function compileTemplate(template: string): CompiledTemplate {
  let compiled = compiledTemplates.get(template);
  if (!compiled) {
    compiled = {
      template,
      ...endsOf(template, TEMPLATE_SPECIAL, TEMPLATE_SPECIALS, templateHeaderUnfixed),
      regexp: templateRegExp(template),
      tokens: templateTokens(template),
      answers: new TextMemo(MAX_CACHED_PER_TEMPLATE),
    };
    if (compiledTemplates.size >= MAX_TEMPLATES) compiledTemplates.clear();
    compiledTemplates.set(template, compiled);
  }
  return compiled;
}

function patternFacts(pattern: string): PatternFacts {
  // The facts hold the pattern's literal ends: cut from a copy, so that the memo does not hold the document.
  return patterns.get(pattern) ?? patterns.getOrCompute(pattern, (copy) => endsOf(copy, PATTERN_SPECIAL, PATTERN_SPECIALS, (header) => PATTERN_SPECIAL.test(header)));
}

/** Whether two literal starts can belong to one text: the shorter must start the longer. */
function headsAgree(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

function tailsAgree(a: string, b: string): boolean {
  return a.length <= b.length ? b.endsWith(a) : a.endsWith(b);
}

/** False when no text can have both ends (a necessary condition only). */
function endsAgree(p: Ends, t: Ends): boolean {
  if (!headsAgree(p.head, t.head) || !tailsAgree(p.tail, t.tail)) return false;
  if (p.service !== undefined && t.service !== undefined && p.service !== t.service) return false;
  return p.resourceHead === undefined || t.resourceHead === undefined || headsAgree(p.resourceHead, t.resourceHead);
}

/** IAM limits an ARN to 2048 characters; longer text is not worth a search on every keystroke. */
const MAX_PATTERN_LENGTH = 2048;

/** True when the template's last token takes any text (a path variable, "*"): nothing can follow it that it does not already match. */
export function endsInAnything(template: CompiledTemplate): boolean {
  const last = template.tokens.cls.length - 1;
  return last >= 0 && template.tokens.cls[last] === ANY && template.tokens.many[last] === 1;
}

/** True when some concrete ARN matches both the policy pattern and the catalog template. */
export function patternCouldMatchTemplate(pattern: string, template: string): boolean {
  return patternCouldMatch(pattern, compileTemplate(template));
}

/** patternCouldMatchTemplate for a template compiled beforehand. */
export function patternCouldMatch(pattern: string, template: CompiledTemplate): boolean {
  // Too long to be an ARN: answer "could match" so that no rule builds a finding on it.
  if (pattern.length > MAX_PATTERN_LENGTH) return true;
  const facts = patternFacts(pattern);
  if (!endsAgree(facts, template)) return false;
  if (!PATTERN_SPECIAL.test(pattern)) return template.regexp.test(pattern);
  return template.answers.get(pattern) ?? template.answers.set(pattern, overlap((facts.tokens ??= policyTokens(pattern)), template.tokens));
}

/**
 * The values a concrete (or wildcard) ARN gives the template's variables, e.g. {InstanceId: "...",
 * ContactFlowId: "*"}, when the ARN fits the template read literally; undefined when it does not.
 */
export function templateBindings(template: string, arn: string): Record<string, string> | undefined {
  const names: string[] = [];
  let source = '^';
  for (const part of template.split(/(\$\{[A-Za-z0-9]+\})/)) {
    const variable = /^\$\{([A-Za-z0-9]+)\}$/.exec(part);
    if (variable) {
      names.push(variable[1]);
      source += `(${variableSource(template, variable[1])})`;
    } else source += part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  const match = new RegExp(`${source}$`).exec(arn);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, match[i + 1]]));
}
