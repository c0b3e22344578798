'use strict';
/**
 * The floor of `connect-iam lint` over a folder: what any linter of these files pays before its first
 * rule. One Node process reads every *.json and *.jsonc file below the folders given (the same walk
 * as the CLI: skipping node_modules and dot-folders) and builds jsonc-parser's positioned tree of
 * each. Plain CommonJS so that no TypeScript loader is part of the figure.
 *
 * usage: node bench/floor.js FOLDER...
 */
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parseTree } = require('jsonc-parser');

function walk(folder, files) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, files);
    else if (entry.name.endsWith('.json') || entry.name.endsWith('.jsonc')) files.push(path);
  }
  return files;
}

let nodes = 0;
const count = (node) => {
  nodes++;
  for (const child of node.children ?? []) count(child);
};
const files = process.argv.slice(2).flatMap((folder) => walk(folder, []));
for (const file of files) {
  const tree = parseTree(readFileSync(file, 'utf8'), [], { allowTrailingComma: true });
  if (tree) count(tree);
}
process.stdout.write(`${files.length} files, ${nodes} nodes\n`);
