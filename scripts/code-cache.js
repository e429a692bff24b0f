#!/usr/bin/env node
// Writes lib/budget-disclosure.cache, V8's code cache for the command line's bundle (src/cli/bundle-loader.ts), after
// checking the two bundled samples with it so the functions a check runs are in the cache. Run by
// scripts/bundle-cli.js right after bundling, in a process of its own: V8 keeps a cache only for the flags it was
// made with, and this process sets them as bin/budget-disclosure.js does. Exit 1 (no cache written) on any failure.
'use strict';
const path = require('node:path');

const root = path.join(__dirname, '..');
const lib = path.join(root, 'lib');
require(path.join(lib, 'cli', 'v8-tuning.js')).tuneV8ForShortRun();
const { loadBundle } = require(path.join(lib, 'cli', 'bundle-loader.js'));

const SAMPLES = ['sample-budget-2021.xlsx', 'sample-budget-2021-with-errors.xlsx'];
const quiet = { stdout: () => undefined, stderr: () => undefined };

(async () => {
  const loaded = loadBundle(path.join(lib, 'budget-disclosure.js'));
  for (const sample of SAMPLES) await loaded.exports.main(['check', path.join(root, 'assets', sample), '--json'], quiet);
  process.exitCode = loaded.saveCache() ? 0 : 1;
})().catch(() => {
  process.exitCode = 1;
});
