import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { it } from 'node:test';
import { withDefaults } from '../../server/service/options';
import { service } from '../helpers/service';

const ROOT = resolve(__dirname, '..', '..');
const NODE_MODULES = join(ROOT, 'node_modules');

/** Every *.json file below the folder, nested node_modules and dot-folders included; symlinks are not followed. */
function jsonFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) jsonFiles(path, out);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) out.push(path);
  }
  return out;
}

void it('ordinary JSON gets no findings: every .json file under node_modules/ without a policy', (t) => {
  const files = jsonFiles(NODE_MODULES);
  const options = withDefaults();
  const falseAlarms: string[] = [];
  const withPolicies: string[] = [];
  let bytes = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += text.length;
    const input = { uri: pathToFileURL(file).href, text, languageId: 'json' };
    const diagnostics = service().validate(input, options);
    const name = relative(ROOT, file);
    if (service().parse(input, options).policies.length > 0) {
      withPolicies.push(`${name} (${diagnostics.length} findings)`);
    } else if (diagnostics.length > 0) {
      falseAlarms.push(`${name}: ${diagnostics.map((d) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ')}`);
    }
  }
  t.diagnostic(`node_modules corpus: ${files.length} .json files read (${(bytes / 1e6).toFixed(1)} MB, none skipped), ${withPolicies.length} held a policy`);
  for (const file of withPolicies) t.diagnostic(`holds a policy: ${file}`);
  // A walk that found next to nothing would prove nothing.
  assert.ok(files.length >= 100, `only ${files.length} .json files under node_modules/; run npm ci first`);
  assert.deepEqual(falseAlarms, [], `findings in files that hold no policy:\n${falseAlarms.join('\n')}`);
});
