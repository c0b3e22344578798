import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { it } from 'node:test';
import { withDefaults } from '../../server/service/options';
import { service } from '../helpers/service';

const ROOT = resolve(__dirname, '..', '..');
const NODE_MODULES = join(ROOT, 'node_modules');

/** Every *.yaml and *.yml file below the folder, nested node_modules and dot-folders (CI workflows) included; symlinks are not followed. */
function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yamlFiles(path, out);
    else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) out.push(path);
  }
  return out;
}

void it('YAML that is not a CloudFormation template gets nothing: every .yaml/.yml file under node_modules/', (t) => {
  const files = yamlFiles(NODE_MODULES);
  const options = withDefaults();
  const findings: string[] = [];
  const templates: string[] = [];
  let bytes = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += text.length;
    const input = { uri: pathToFileURL(file).href, text, languageId: 'yaml' };
    const doc = service().parse(input, options);
    assert.equal(doc.format, 'yaml', file);
    if (doc.policies.length > 0) templates.push(relative(ROOT, file));
    const diagnostics = service().validate(input, options);
    if (diagnostics.length > 0) findings.push(`${relative(ROOT, file)}: ${diagnostics.map((d) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ')}`);
  }
  t.diagnostic(`node_modules corpus: ${files.length} YAML files read (${(bytes / 1e3).toFixed(1)} kB: CI workflows, funding and lint configs, ...), ${templates.length} held a policy`);
  // A walk that found next to nothing would prove nothing.
  assert.ok(files.length >= 20, `only ${files.length} YAML files under node_modules/; run npm ci first`);
  assert.deepEqual(templates, []);
  assert.deepEqual(findings, [], `findings in YAML that is no template:\n${findings.join('\n')}`);
});
