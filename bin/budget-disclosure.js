#!/usr/bin/env node
// Entry point of the command line; the TypeScript sources are compiled to lib/ by `npm ci` (prepare script).
'use strict';
let main;
try {
  require('../lib/cli/v8-tuning.js').tuneV8ForShortRun();
  ({ main } = require('../lib/cli/main.js'));
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
