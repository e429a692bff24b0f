#!/usr/bin/env node
// The command line as one file: lib/budget-disclosure.js, bundled by esbuild from tsc's lib/cli/main.js (run by
// `npm run build:cli` and `prepare`, after tsc). Loading ~200 small modules cost every run about 70 ms of CPU in
// Node's module loader (resolving, reading and wrapping each file); one file skips that. Packages stay outside the
// bundle (required from node_modules as before), and modules the CLI loads late (annotate, draft, PDF, .xls)
// still run only when a command needs them. bin/budget-disclosure.js falls back to lib/cli/main.js when the
// bundle is missing, so a failed bundle step never leaves the command unusable.
'use strict';
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..');

esbuild
  .build({
    entryPoints: [path.join(ROOT, 'lib', 'cli', 'main.js')],
    outfile: path.join(ROOT, 'lib', 'budget-disclosure.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    // Whitespace and constant folding only: names stay as written, so a profile of the command still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  })
  .catch(() => {
    process.stderr.write('命令行打包（esbuild）失败：命令行仍可使用，但启动较慢（改用 lib/cli/main.js）。\n');
    process.exitCode = 1;
  });
