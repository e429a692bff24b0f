// One measured run in a fresh process, as a user runs the command: `node child.js exceljs FILE` (a bare exceljs
// read) or `node child.js check FILE` (the compiled CLI's `check FILE --json`). Prints CPU ms, wall ms, peak RSS.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

async function run(mode, file) {
  if (mode === 'exceljs') {
    const ExcelJS = require('exceljs');
    const b = readFileSync(file);
    await new ExcelJS.Workbook().xlsx.load(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    return 0;
  }
  // As bin/budget-disclosure.js starts the command: V8 tuned for a short run, then the CLI (its one-file bundle
  // with its code cache when built, as bin loads it).
  const lib = join(__dirname, '..', '..', 'lib');
  require(join(lib, 'cli', 'v8-tuning.js')).tuneV8ForShortRun();
  const bundle = join(lib, 'budget-disclosure.js');
  const { main } = existsSync(bundle) ? require(join(lib, 'cli', 'bundle-loader.js')).loadBundle(bundle).exports : require(join(lib, 'cli', 'main.js'));
  let size = 0;
  const code = await main(['check', file, '--json'], { stdout: (t) => void (size += t.length), stderr: () => undefined });
  return code;
}

const [mode, file] = process.argv.slice(2);
run(mode, file).then((code) => {
  const cpu = process.cpuUsage();
  process.stdout.write(JSON.stringify({ code, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now(), maxRssKB: process.resourceUsage().maxRSS }));
});
