/** The text VS Code inserts when the user accepts every default: `${1:x}` -> x, `${1|a,b|}` -> a, `$1` -> nothing. */
export function expandWithDefaults(body: string[]): string {
  let text = body.join('\n').replace(/\t/g, '  ');
  // Innermost placeholders first, so nested defaults resolve too.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  }
  return text.replace(/\$\{\d+\}|\$\d+/g, '');
}
