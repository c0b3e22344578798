/**
 * Glob patterns of the `connectIam.files` setting, matched against a document's path. The editor's
 * Node has no glob matcher, so this supports the usual subset: `**`, `*`, `?`, `{a,b}` and `[...]`.
 * A pattern matches a whole path or a trailing part of it that starts after a `/`, so `policies/*.json`
 * and `*.policy.json` work without the workspace folder in front.
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let inBraces = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        // "**/" matches zero or more folders; a trailing "**" matches everything.
        const followedBySlash = pattern[i + 2] === '/';
        source += followedBySlash ? '(?:.*/)?' : '.*';
        i += followedBySlash ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '{' && !inBraces) {
      inBraces = true;
      source += '(?:';
    } else if (ch === '}' && inBraces) {
      inBraces = false;
      source += ')';
    } else if (ch === ',' && inBraces) {
      source += '|';
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        source += '\\[';
      } else {
        const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = close;
      }
    } else {
      source += ch.replace(/[.+^$(){}|\\\]]/g, '\\$&');
    }
  }
  if (inBraces) source += ')';
  return new RegExp(`(?:^|/)${source}$`);
}

/** The path part of a document URI, with forward slashes, for glob matching. */
export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname).replace(/\\/g, '/');
  } catch {
    return uri;
  }
}

export function matchesAnyGlob(path: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(path));
}
