// `npm run bench`: engine, CLI, Office layer and bundle figures against the targets of issue 8, printed as the
// Markdown tables of docs/bench.md (`--write` updates that file). Not a test: figures depend on the machine.
//   --quick            1k and 10k rows only, no 100k, no production build
//   --sizes 1000,10000 data-row sizes for the engine, CLI and Office sections
//   --dist DIR         measure an existing build instead of building into a temporary directory
//   --no-bundle        skip the bundle section
//   --no-reader        skip the reader section (50 / 200 units, 101k-row sheet; the page figures need dist/)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { seed000Workbook } from '../../tests/fixtures/seeds/workbooks';
import { consolidatedWorkbook, unitsFor } from './big-workbook';
import { bundleBench } from './bundle-bench';
import { cliBench, type CliRow } from './cli-bench';
import { engineBench } from './engine-bench';
import { officeBench, type OfficeRow } from './office-bench';
import { readerBench } from './reader-bench';
import { renderReport, spliceReport, type BenchResults } from './render';

const ROOT = join(__dirname, '..', '..');

interface Options {
  sizes: number[];
  write: boolean;
  bundle: boolean;
  dist?: string;
  reader: boolean;
  quick: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const quick = argv.includes('--quick');
  const at = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = at('--sizes')?.split(',').map(Number) ?? (quick ? [1000, 10_000] : [1000, 10_000, 100_000]);
  return { sizes, write: argv.includes('--write'), bundle: !argv.includes('--no-bundle') && !quick, dist: at('--dist'), reader: !argv.includes('--no-reader'), quick };
}

const log = (s: string) => process.stderr.write(`${s}\n`);

async function cliRows(sizes: readonly number[]): Promise<CliRow[]> {
  const rows = [await cliBench('seed 000 (as published)', seed000Workbook().spec, 5)];
  for (const n of sizes) {
    rows.push(await cliBench(`consolidated, ~${n.toLocaleString('en-US')} rows`, consolidatedWorkbook(unitsFor(n)).spec, n >= 100_000 ? 1 : 3));
    log(`cli: ${n} rows done`);
  }
  return rows;
}

async function officeRows(sizes: readonly number[]): Promise<OfficeRow[]> {
  const rows = [await officeBench('seed 000 (as published)', seed000Workbook().spec)];
  for (const n of sizes) {
    rows.push(await officeBench(`consolidated, ~${n.toLocaleString('en-US')} rows`, consolidatedWorkbook(unitsFor(n)).spec));
    log(`office: ${n} rows done`);
  }
  return rows;
}

async function run(options: Options): Promise<BenchResults> {
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    load: loadavg()[0],
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  };
  const engine = await engineBench(options.sizes, log);
  const cli = await cliRows(options.sizes);
  const office = await officeRows(options.sizes);
  const pageDist = options.dist ?? (existsSync(join(ROOT, 'dist', 'taskpane.html')) ? join(ROOT, 'dist') : null);
  const reader = options.reader ? await readerBench(pageDist, log, options.quick) : null;
  if (options.bundle) log('bundle: building');
  const bundle = options.bundle ? bundleBench(ROOT, options.dist) : null;
  return { machine, engine, cli, office, bundle, reader };
}

run(parseOptions(process.argv.slice(2)))
  .then((results) => {
    const text = renderReport(results);
    process.stdout.write(text);
    if (!parseOptions(process.argv.slice(2)).write) return;
    const doc = join(ROOT, 'docs', 'bench.md');
    writeFileSync(doc, spliceReport(existsSync(doc) ? readFileSync(doc, 'utf8') : '', text));
  })
  .catch((e: unknown) => {
    process.stderr.write(`基准测试失败：${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
