#!/usr/bin/env node
// The command line as one file: lib/budget-disclosure.js, bundled by esbuild from tsc's lib/cli/main.js (run by
// `npm run build:cli` and `prepare`, after tsc). Loading ~200 small modules cost every run about 70 ms of CPU in
// Node's module loader (resolving, reading and wrapping each file); one file skips that. Packages other than the
// three every check runs stay outside the bundle (required from node_modules as before), and modules the CLI loads
// late (annotate, draft, PDF, .xls) still run only when a command needs them. bin/budget-disclosure.js falls back to lib/cli/main.js when the
// bundle is missing, so a failed bundle step never leaves the command unusable. After bundling, V8's code cache for
// the bundle is written beside it (scripts/code-cache.js, src/cli/bundle-loader.ts).
'use strict';
const { spawnSync } = require('node:child_process');
const { rmSync } = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..');
const CACHE = path.join(ROOT, 'lib', 'budget-disclosure.cache');

// A cache of an earlier bundle is never used (bundle-loader checks its hash), but is not left lying either.
rmSync(CACHE, { force: true });

esbuild
  .build({
    entryPoints: [path.join(ROOT, 'lib', 'cli', 'main.js')],
    outfile: path.join(ROOT, 'lib', 'budget-disclosure.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Packages stay in node_modules, except the three every check runs (decimal.js, fflate, @borgar/fx: small,
    // pure JavaScript, MIT): bundled, they are not resolved and read at each start and their compiled code is in
    // the code cache too. Their licence comments are kept at the end of the bundle.
    external: ['exceljs', 'jszip', 'docx', 'mammoth', '@e965/xlsx', 'pdfjs-dist', 'pdfjs-dist/*'],
    // Whitespace and constant folding only: names stay as written, so a profile of the command still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'eof',
    logLevel: 'warning',
  })
  .then(() => {
    // V8's code cache for the bundle (scripts/code-cache.js): the command then skips compiling it on every run.
    const made = spawnSync(process.execPath, [path.join(__dirname, 'code-cache.js')], { stdio: 'inherit' });
    if (made.status !== 0) {
      rmSync(CACHE, { force: true });
      process.stderr.write('命令行代码缓存未能生成：命令行仍可使用，只是每次启动稍慢。\n');
    }
  })
  .catch(() => {
    process.stderr.write('命令行打包（esbuild）失败：命令行仍可使用，但启动较慢（改用 lib/cli/main.js）。\n');
    process.exitCode = 1;
  });
