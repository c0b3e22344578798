/**
 * Glob patterns of the `connectIam.files` setting, matched against a document's path. The editor's
 * Node has no glob matcher, so this supports the usual subset: `**`, `*`, `?`, `{a,b}` and `[...]`.
 * A pattern matches a whole path or a trailing part of it that starts after a `/`, so `policies/*.json`
 * and `*.policy.json` work without the workspace folder in front.
 *
 * The setting is honoured in untrusted workspaces, so a pattern is hostile input: it is bounded in
 * length and in brace alternatives, and matched by simulating all its positions at once (time
 * path length × pattern length, never backtracking), not by a RegExp.
 */

/** Longer than any real glob; a 1 MB pattern is refused instead of compiled. */
export const MAX_GLOB_CHARS = 1000;
/** Brace groups multiply: `{a,b}` nine times would be 512 patterns. */
export const MAX_ALTERNATIVES = 64;

export interface Glob {
  test(path: string): boolean;
}

type Step =
  | { kind: 'char'; code: number }
  /** `?` and `[...]`: one character of a name (never `/`). */
  | { kind: 'one'; accepts: (code: number) => boolean }
  /** `*`: any run of characters within a name. */
  | { kind: 'name' }
  /** `**` not followed by `/`: any run of characters. */
  | { kind: 'any' }
  /** `**` followed by `/`, and the implied start: zero or more whole folders. */
  | { kind: 'folders' };

const SLASH = 47;

/** A compiled glob, or why the pattern is refused (a sentence for the output channel). */
export function compileGlob(pattern: string): Glob | { error: string } {
  if (pattern.length > MAX_GLOB_CHARS) return { error: `it is longer than ${MAX_GLOB_CHARS} characters` };
  const alternatives = expandBraces(pattern);
  if ('error' in alternatives) return alternatives;
  const programs: Step[][] = [];
  for (const alternative of alternatives) {
    const steps = compileSteps(alternative);
    if ('error' in steps) return steps;
    programs.push(steps);
  }
  return { test: (path) => programs.some((steps) => run(steps, path)) };
}

export function matchesAnyGlob(path: string, globs: readonly Glob[]): boolean {
  return globs.some((glob) => glob.test(path));
}

/** The path part of a document URI, with forward slashes, for glob matching. */
export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname).replace(/\\/g, '/');
  } catch {
    return uri;
  }
}

/**
 * `{a,b}` groups (not nested) expanded into the patterns they stand for, each as its pieces: a group's
 * edge stays a boundary (`*{,x}**` is `*` then `**`, not `***`).
 */
function expandBraces(pattern: string): string[][] | { error: string } {
  let results: string[][] = [[]];
  for (let i = 0; i < pattern.length; i++) {
    const open = pattern.indexOf('{', i);
    const close = open < 0 ? -1 : pattern.indexOf('}', open + 1);
    if (open < 0 || close < 0) {
      // No (further) group; an unclosed `{` runs to the end, as a group of one.
      const rest = open < 0 ? pattern.slice(i) : pattern.slice(i, open) + pattern.slice(open + 1);
      results = results.map((r) => [...r, rest]);
      break;
    }
    const before = pattern.slice(i, open);
    const options = pattern.slice(open + 1, close).split(',');
    if (results.length * options.length > MAX_ALTERNATIVES) return { error: `its brace groups stand for more than ${MAX_ALTERNATIVES} alternatives` };
    results = results.flatMap((r) => options.map((option) => [...r, before, option]));
    i = close;
  }
  return results;
}

function compileSteps(pieces: string[]): Step[] | { error: string } {
  const steps: Step[] = [{ kind: 'folders' }];
  for (const piece of pieces) {
    const error = appendSteps(piece, steps);
    if (error) return error;
  }
  return steps;
}

function appendSteps(pattern: string, steps: Step[]): { error: string } | undefined {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const followedBySlash = pattern[i + 2] === '/';
        steps.push({ kind: followedBySlash ? 'folders' : 'any' });
        i += followedBySlash ? 2 : 1;
      } else if (steps[steps.length - 1].kind !== 'name') steps.push({ kind: 'name' });
    } else if (ch === '?') {
      steps.push({ kind: 'one', accepts: (code) => code !== SLASH });
    } else if (ch === '[' && pattern.indexOf(']', i + 1) > i + 1) {
      const close = pattern.indexOf(']', i + 1);
      const accepts = characterClass(pattern.slice(i + 1, close));
      if ('error' in accepts) return accepts;
      steps.push({ kind: 'one', accepts: accepts.test });
      i = close;
    } else {
      steps.push({ kind: 'char', code: pattern.charCodeAt(i) });
    }
  }
  return undefined;
}

/** The body of `[...]`: characters and ranges, negated by a leading `!` or `^`. */
function characterClass(body: string): { test: (code: number) => boolean } | { error: string } {
  const negated = body[0] === '!' || body[0] === '^';
  const ranges: [number, number][] = [];
  for (let i = negated ? 1 : 0; i < body.length; i++) {
    const low = body.charCodeAt(i);
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const high = body.charCodeAt(i + 2);
      if (high < low) return { error: `the range ${body[i]}-${body[i + 2]} is out of order` };
      ranges.push([low, high]);
      i += 2;
    } else ranges.push([low, low]);
  }
  return { test: (code) => code !== SLASH && ranges.some(([low, high]) => code >= low && code <= high) !== negated };
}

/** A live position just entered (a star-like step there may still match nothing) or one looping inside `folders`. */
const ENTERED = 1;
const INSIDE_FOLDERS = 2;

/**
 * Runs the steps over the path as a set of positions (Thompson's construction): each character moves
 * every live position at once, so no choice is ever retried.
 */
function run(steps: Step[], path: string): boolean {
  let live = new Uint8Array(steps.length + 1);
  let next = new Uint8Array(steps.length + 1);
  live[0] = ENTERED;
  closeOver(steps, live);
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    next.fill(0);
    let any = false;
    for (let s = 0; s < steps.length; s++) {
      if (!live[s]) continue;
      const step = steps[s];
      switch (step.kind) {
        case 'char':
          if (code === step.code) next[s + 1] |= ENTERED;
          break;
        case 'one':
          if (step.accepts(code)) next[s + 1] |= ENTERED;
          break;
        case 'name':
          if (code !== SLASH) next[s] |= ENTERED;
          break;
        case 'any':
          next[s] |= ENTERED;
          break;
        case 'folders':
          // Inside a folder name the step may only be left after its `/`.
          next[s] |= INSIDE_FOLDERS;
          if (code === SLASH) next[s + 1] |= ENTERED;
          break;
      }
      any = true;
    }
    if (!any) return false;
    closeOver(steps, next);
    [live, next] = [next, live];
  }
  return live[steps.length] !== 0;
}

/** Star-like steps may match nothing: one just entered makes the step after it live too. */
function closeOver(steps: Step[], live: Uint8Array): void {
  for (let s = 0; s < steps.length; s++) {
    const kind = steps[s].kind;
    if (live[s] & ENTERED && (kind === 'name' || kind === 'any' || kind === 'folders')) live[s + 1] |= ENTERED;
  }
}
