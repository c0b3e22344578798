/**
 * Whether an ARN pattern from a policy COULD match an ARN template from the Service Authorization
 * Reference: is there one concrete ARN that both describe? The policy side has IAM wildcards (`*`, `?`),
 * policy variables (`${aws:username}`, any value) and, in CloudFormation Fn::Sub strings, `${Name}`
 * references (one ARN field or path segment). The template side has `${Variable}`s: one segment each,
 * except names that hold paths (`${ObjectName}`, `${RoleNameWithPath}`), which may span `/` and `:`.
 * Both sides become sequences of character classes, and a breadth-first walk over their product
 * decides whether the two languages intersect.
 */

/** Marks a CloudFormation `${Name}` reference inside a policy pattern built from an Fn::Sub string. */
export const SUB_REFERENCE = '\u0000';

type CharClass = { kind: 'literal'; char: string } | { kind: 'any' } | { kind: 'segment' } | { kind: 'field' };
interface Token {
  cls: CharClass;
  /** One character, or any number (none included). */
  many: boolean;
}

const ANY: CharClass = { kind: 'any' };
/** Neither "/" nor ":". */
const SEGMENT: CharClass = { kind: 'segment' };
/** Anything but ":". */
const FIELD: CharClass = { kind: 'field' };
const PATH_VARIABLE = /Path|ObjectName|ParameterName/;

/** The characters a template variable may stand for (see the file comment). */
function variableClass(template: string, name: string): CharClass {
  if (PATH_VARIABLE.test(name)) return ANY;
  return template.startsWith('arn:${Partition}:connect:') || name === 'BucketName' ? SEGMENT : FIELD;
}

/** The same classes as RegExp source, for templates matched against plain text. */
function variableSource(template: string, name: string): string {
  const cls = variableClass(template, name);
  return cls === ANY ? '.+' : cls === SEGMENT ? '[^/:]+' : '[^:]+';
}

function literal(char: string): Token {
  return { cls: { kind: 'literal', char }, many: false };
}

/** One or more characters of a class: one, then any number. */
function oneOrMore(cls: CharClass): Token[] {
  return [
    { cls, many: false },
    { cls, many: true },
  ];
}

function policyTokens(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') tokens.push({ cls: ANY, many: true });
    else if (ch === '?') tokens.push({ cls: ANY, many: false });
    else if (ch === SUB_REFERENCE) tokens.push(...oneOrMore(SEGMENT));
    else if (ch === '$' && pattern[i + 1] === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) {
        tokens.push(literal(ch));
        continue;
      }
      const inner = pattern.slice(i + 2, end);
      // ${*}, ${?}, ${$} are escapes for the literal character; other variables take any value.
      if (inner === '*' || inner === '?' || inner === '$') tokens.push(literal(inner));
      else tokens.push({ cls: ANY, many: true });
      i = end;
    } else tokens.push(literal(ch));
  }
  return tokens;
}

function templateTokens(template: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch === '$' && template[i + 1] === '{') {
      const end = template.indexOf('}', i);
      const name = template.slice(i + 2, end);
      tokens.push(...oneOrMore(variableClass(template, name)));
      i = end;
    } else if (ch === '*') tokens.push({ cls: ANY, many: true });
    else tokens.push(literal(ch));
  }
  return tokens;
}

function admits(cls: CharClass, ch: string): boolean {
  if (cls.kind === 'literal') return cls.char === ch;
  if (cls.kind === 'segment') return ch !== '/' && ch !== ':';
  if (cls.kind === 'field') return ch !== ':';
  return true;
}

function intersects(a: CharClass, b: CharClass): boolean {
  if (a.kind === 'literal') return admits(b, a.char);
  if (b.kind === 'literal') return admits(a, b.char);
  // Every non-literal class admits ordinary letters.
  return true;
}

function overlap(p: Token[], t: Token[]): boolean {
  const width = t.length + 1;
  const seen = new Uint8Array((p.length + 1) * width);
  const queue: number[] = [0];
  seen[0] = 1;
  const visit = (i: number, j: number) => {
    const key = i * width + j;
    if (!seen[key]) {
      seen[key] = 1;
      queue.push(key);
    }
  };
  while (queue.length > 0) {
    const key = queue.pop() as number;
    const i = Math.floor(key / width);
    const j = key % width;
    if (i === p.length && j === t.length) return true;
    const pi = p[i];
    const tj = t[j];
    // A "many" token may match nothing.
    if (pi?.many) visit(i + 1, j);
    if (tj?.many) visit(i, j + 1);
    if (!pi || !tj || !intersects(pi.cls, tj.cls)) continue;
    // Both consume one character; a "many" token may stay to consume more.
    if (!(pi.many && tj.many)) visit(pi.many ? i : i + 1, tj.many ? j : j + 1);
    else {
      visit(i + 1, j);
      visit(i, j + 1);
    }
  }
  return false;
}

/** Bounded memo of answers per template; patterns repeat across statements and keystrokes. */
const MAX_CACHED_PER_TEMPLATE = 2000;
const answers = new Map<string, Map<string, boolean>>();
const templateRegExps = new Map<string, RegExp>();
const templateTokenCache = new Map<string, Token[]>();

/** The service field of an ARN-like text when it is plain (no wildcard or variable), else undefined. */
function plainService(text: string): string | undefined {
  const first = text.indexOf(':');
  const second = first < 0 ? -1 : text.indexOf(':', first + 1);
  const third = second < 0 ? -1 : text.indexOf(':', second + 1);
  if (third < 0 || /[*?${\u0000]/.test(text.slice(0, second))) return undefined;
  const service = text.slice(second + 1, third);
  return /[*?${\u0000]/.test(service) ? undefined : service;
}

/** The template as an anchored RegExp, for plain patterns (no wildcard or variable): one test, no search. */
function templateRegExp(template: string): RegExp {
  let regexp = templateRegExps.get(template);
  if (!regexp) {
    let source = '^';
    for (const part of template.split(/(\$\{[A-Za-z0-9]+\}|\*)/)) {
      const variable = /^\$\{([A-Za-z0-9]+)\}$/.exec(part);
      if (variable) source += variableSource(template, variable[1]);
      else if (part === '*') source += '.*';
      else source += part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    }
    regexp = new RegExp(`${source}$`, 's');
    templateRegExps.set(template, regexp);
  }
  return regexp;
}

function cachedTemplateTokens(template: string): Token[] {
  let tokens = templateTokenCache.get(template);
  if (!tokens) templateTokenCache.set(template, (tokens = templateTokens(template)));
  return tokens;
}

/** IAM limits an ARN to 2048 characters; longer text is not worth a search on every keystroke. */
const MAX_PATTERN_LENGTH = 2048;

/** True when some concrete ARN matches both the policy pattern and the catalog template. */
export function patternCouldMatchTemplate(pattern: string, template: string): boolean {
  // Too long to be an ARN: answer "could match" so that no rule builds a finding on it.
  if (pattern.length > MAX_PATTERN_LENGTH) return true;
  const patternService = plainService(pattern);
  const templateService = plainService(template);
  if (patternService !== undefined && templateService !== undefined && patternService !== templateService) return false;
  if (!/[*?$\u0000]/.test(pattern)) return templateRegExp(template).test(pattern);
  let perTemplate = answers.get(template);
  if (!perTemplate) answers.set(template, (perTemplate = new Map()));
  let result = perTemplate.get(pattern);
  if (result === undefined) {
    result = overlap(policyTokens(pattern), cachedTemplateTokens(template));
    if (perTemplate.size >= MAX_CACHED_PER_TEMPLATE) perTemplate.clear();
    perTemplate.set(pattern, result);
  }
  return result;
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
