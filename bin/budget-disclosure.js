#!/usr/bin/env node
// Entry point of the command line; the TypeScript sources are compiled to lib/ by `npm ci` (prepare script) and
// bundled into lib/budget-disclosure.js (scripts/bundle-cli.js); lib/cli/main.js when the bundle is missing.
'use strict';
let main;
try {
  require('../lib/cli/v8-tuning.js').tuneV8ForShortRun();
  // The bundle with its V8 code cache (lib/cli/bundle-loader.js), else the modules.
  ({ main } = bundled() ? require('../lib/cli/bundle-loader.js').loadBundle(bundlePath()).exports : require('../lib/cli/main.js'));
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && /lib[\\/]cli[\\/]main/.test(String(e.message))) {
    process.stderr.write('程序尚未编译。请先在项目目录运行 npm ci（或 npm run build:cli）。\n');
    process.exit(2);
  }
  throw e;
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('处理时发生内部错误，未能完成。\n');
    process.exitCode = 2;
  },
);

/** True when the one-file bundle of the CLI was built (it loads faster than lib/cli/main.js and its ~200 modules). */
function bundled() {
  return require('node:fs').existsSync(bundlePath());
}

function bundlePath() {
  return require('node:path').join(__dirname, '..', 'lib', 'budget-disclosure.js');
}
