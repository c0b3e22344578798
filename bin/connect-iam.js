#!/usr/bin/env node
'use strict';
// The npm "bin" entry: a thin launcher for the esbuild bundle, which `npm run build` writes.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write(`connect-iam: ${bundle} is missing. Run npm run build first.\n`);
  process.exit(2);
}
require(bundle);
