// `annotate FILE.xlsx -o OUT.xlsx`: the annotated copy from the command line. Never writes to FILE.
import { check } from '../engine/check';
import type { Grid } from '../engine/grid/types';
import type { Report } from '../engine/report';
import type { AnnotateExtras } from '../xlsx/annotate';
import { checklistOfGrid } from '../engine/checklist/build';
import { documentDate } from '../engine/narrative/builder';
import { basename } from 'node:path';
import { readWorkbook, WorkbookReadError } from '../xlsx/read-workbook';
import { annotateSource } from './annotate-source';
import { isSameFile, nonRegularTarget, nonRegularTargetMessage, withSignalCleanup, writeFileAtomic } from './atomic-write';
import { cliAnnotateCellLimit, cliReadLimits } from './heap';
import { nodeInflateRaw } from './native-inflate';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UserInputError, type CliIo } from './io';
import { readInputFile } from './load';

/** Everything `annotate` touches outside itself, injectable for tests. */
export interface AnnotateDeps {
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  readWorkbook: (bytes: Uint8Array) => Promise<Grid>;
  check: (grid: Grid, file: string) => Report;
  annotate: (input: Uint8Array, findings: Report['findings'], extras?: AnnotateExtras) => Promise<Uint8Array>;
  /** Most cells a copy is written for (exceljs holds the whole workbook); from the heap when not given. */
  maxCells?: number;
}

/** The real file system, reader, engine and writer. */
export const defaultAnnotateDeps: AnnotateDeps = {
  readFile: async (p) => readInputFile(p),
  writeFile: (p, bytes) => withSignalCleanup(() => writeFileAtomic(p, bytes)),
  readWorkbook: (bytes) => readWorkbook(bytes, { limits: cliReadLimits(), inflateRaw: nodeInflateRaw }),
  check: (grid, file) => check(grid, file),
  // exceljs is loaded only here, so check and draft never pay for its ~660 modules.
  annotate: async (input, findings, extras) => (await import('../xlsx/annotate')).annotateWorkbook(input, findings, extras),
};

/** Cells holding something, over all sheets. */
function cellCount(grid: Grid): number {
  let n = 0;
  for (const s of grid.sheets) for (const row of s.cells) for (const c in row) if (row[c]) n++;
  return n;
}

/** The sentence for a workbook too large to write an annotated copy of on this computer. */
export function tooLargeToAnnotate(cells: number, limit: number): string {
  return (
    `工作簿有 ${cells.toLocaleString('en-US')} 个有内容的单元格，超过这台电脑生成标注副本的上限（${limit.toLocaleString('en-US')} 个），` +
    '未写出任何文件。请用 budget-disclosure check 查看问题清单，或把工作簿按单位拆分后分别标注。'
  );
}

/** One-line usage, shown when the arguments are wrong. */
export const ANNOTATE_USAGE = '用法：budget-disclosure annotate 文件.xlsx -o 输出文件.xlsx（用 -o 指定标注副本的保存位置，原文件不会被修改）。';

interface AnnotateArgs {
  input: string;
  output: string;
}

/** Parse `FILE -o OUT` (also `--output OUT`, `-o=OUT`, `--output=OUT`), in any order. */
export function parseAnnotateArgs(argv: readonly string[]): AnnotateArgs {
  const positional: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = /^(-o|--output)=(.*)$/.exec(a);
    if (eq) output = eq[2];
    else if (a === '-o' || a === '--output') output = argv[++i];
    else if (a === '--debug') continue; // handled by runAnnotate: details of unexpected failures
    else if (a.startsWith('-') && a !== '-') throw new UserInputError(`不认识的选项「${a}」。${ANNOTATE_USAGE}`);
    else positional.push(a);
  }
  if (positional.length !== 1 || !output) throw new UserInputError(ANNOTATE_USAGE);
  return { input: positional[0], output };
}

function errnoOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

/** One zh-CN sentence for a file-system error while reading FILE. */
export function readErrorMessage(file: string, e: unknown): string {
  switch (errnoOf(e)) {
    case 'ENOENT':
      return `找不到文件「${file}」，请检查文件名和路径是否正确。`;
    case 'EACCES':
    case 'EPERM':
      return `没有权限读取文件「${file}」，请检查文件权限或先关闭占用它的程序。`;
    case 'EISDIR':
      return `「${file}」是一个文件夹，请指定一个 Excel 工作簿（.xlsx）文件。`;
    default:
      return `无法读取文件「${file}」，请确认文件存在且可以打开。`;
  }
}

/** One zh-CN sentence for a failure while writing OUT (nothing partial is left behind). */
export function writeErrorMessage(out: string, e: unknown): string {
  switch (errnoOf(e)) {
    case 'ENOENT':
      return `无法保存「${out}」：所在文件夹不存在，请先创建文件夹或换一个位置。`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `无法保存「${out}」：没有写入权限，请换一个位置保存。`;
    case 'EISDIR':
      return `无法保存「${out}」：这是一个文件夹的名字，请指定一个 .xlsx 文件名。`;
    case 'ENOSPC':
      return `无法保存「${out}」：磁盘空间不足，未写出任何文件。`;
    default:
      return `无法保存「${out}」，未写出任何文件，请检查保存位置后重试。`;
  }
}

/** The line printed after a successful write. */
export function doneLine(out: string, report: Report): string {
  const s = report.summary;
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) return `已保存标注副本「${out}」：未发现问题。\n`;
  return `已保存标注副本「${out}」：共 ${total} 条，其中错误 ${s.errors} 条、警告 ${s.warnings} 条、提示 ${s.infos} 条，已在单元格中标色并加批注。\n`;
}

async function readInput(file: string, deps: AnnotateDeps): Promise<Uint8Array> {
  try {
    return await deps.readFile(file);
  } catch (e) {
    throw e instanceof UserInputError ? e : new UserInputError(readErrorMessage(file, e));
  }
}

/** The reader's sentence with the file name, as `check` says it; anything else is "not a valid workbook". */
function unreadable(file: string, e: unknown): UserInputError {
  if (e instanceof UserInputError) return e;
  if (e instanceof WorkbookReadError) return new UserInputError(`${file}：${e.message}`);
  return new UserInputError(`无法读取文件「${file}」，它可能不是有效的 Excel 工作簿（.xlsx）。`);
}

/** .xls / .et / .ods become .xlsx first (the copy is always .xlsx); PDF and Word files are refused. */
async function xlsxSource(file: string, output: string, bytes: Uint8Array) {
  try {
    return await annotateSource(bytes, output);
  } catch (e) {
    throw unreadable(file, e);
  }
}

async function parseInput(file: string, bytes: Uint8Array, deps: AnnotateDeps): Promise<Grid> {
  try {
    return await deps.readWorkbook(bytes);
  } catch (e) {
    throw unreadable(file, e);
  }
}

const SAME_FILE = '输出文件不能与输入文件相同：本工具从不改写原文件，请用 -o 指定另一个文件名。';

async function annotateFile(args: AnnotateArgs, io: CliIo, deps: AnnotateDeps): Promise<number> {
  if (isSameFile(args.input, args.output)) throw new UserInputError(SAME_FILE);
  const kind = nonRegularTarget(args.output);
  if (kind) throw new UserInputError(nonRegularTargetMessage(args.output, kind));
  const raw = await readInput(args.input, deps);
  const source = await xlsxSource(args.input, args.output, raw);
  // A converted .xls writes to OUT.xlsx: that name must not be the input either, nor a device.
  if (isSameFile(args.input, source.output)) throw new UserInputError(SAME_FILE);
  const convertedKind = source.output === args.output ? null : nonRegularTarget(source.output);
  if (convertedKind) throw new UserInputError(nonRegularTargetMessage(source.output, convertedKind));
  const grid = await parseInput(args.input, source.bytes, deps);
  const limit = deps.maxCells ?? cliAnnotateCellLimit();
  const cells = cellCount(grid);
  if (cells > limit) throw new UserInputError(tooLargeToAnnotate(cells, limit));
  const report = deps.check(grid, args.input);
  const meta = { entity: report.entity?.name ?? null, year: report.year, file: basename(args.input), date: documentDate(new Date()) };
  const annotated = await deps.annotate(source.bytes, report.findings, { checklist: { items: checklistOfGrid(grid, report.findings), meta } });
  try {
    await deps.writeFile(source.output, annotated);
  } catch (e) {
    throw new UserInputError(writeErrorMessage(source.output, e));
  }
  if (source.note) io.stdout(`${source.note}\n`);
  io.stdout(doneLine(source.output, report));
  return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** `annotate` command; `argv` is what follows the word "annotate". Returns the exit code, never throws. */
export async function runAnnotate(argv: string[], io: CliIo, deps: Partial<AnnotateDeps> = {}): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${ANNOTATE_USAGE}\n`);
    return EXIT_OK;
  }
  const all: AnnotateDeps = { ...defaultAnnotateDeps, ...deps };
  try {
    return await annotateFile(parseAnnotateArgs(argv), io, all);
  } catch (e) {
    if (e instanceof UserInputError) {
      io.stderr(`${e.message}\n`);
      return EXIT_UNREADABLE;
    }
    io.stderr('生成标注副本时出现意外错误，未写出任何文件。请把工作簿反馈给开发人员（加 --debug 可显示技术细节）。\n');
    if (argv.includes('--debug')) io.stderr(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_UNREADABLE;
  }
}
