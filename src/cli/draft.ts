// `draft FILE.xlsx [--template hebei|henan] [--prior PRIOR.json] [-o OUT.md|OUT.docx|OUT.txt]`.
// Last year's figures come from PRIOR.json or last year's disclosure (prior-file.ts).
import * as path from 'node:path';
import { draftNarrative, draftToMarkdown, draftToText } from '../engine/narrative/draft';
import type { NarrativeDraft } from '../engine/narrative/types';
import { recognizeWorkbook } from '../engine/tables/recognize';
import { documentDate } from '../engine/narrative/builder';
import { draftToDocx } from '../export/docx';
import { parseArgs } from './args';
import { isSameFile, nonRegularTarget, nonRegularTargetMessage, withSignalCleanup, writeFileAtomic } from './atomic-write';
import { EXIT_OK, EXIT_UNREADABLE, UserInputError, type CliIo } from './io';
import { loadGrid } from './load';
import { readPriorInput } from './prior-file';

/** One-line usage, shown when the arguments are wrong. */
export const DRAFT_USAGE =
  '用法：budget-disclosure draft 文件.xlsx [--template hebei|henan] [--prior 上年数据.json|上年公开.pdf|上年工作簿.xlsx] [-o 输出.md|输出.docx|输出.txt]';

type Format = 'md' | 'docx' | 'txt';

function formatOf(out: string): Format {
  const ext = path.extname(out).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.docx') return 'docx';
  if (ext === '.txt') return 'txt';
  throw new UserInputError(`不支持的输出格式「${ext || out}」：请用 .md、.docx 或 .txt 作为输出文件的扩展名。`);
}

function templateOf(value: string | undefined): 'hebei' | 'henan' | undefined {
  if (value === undefined || value === 'hebei' || value === 'henan') return value;
  throw new UserInputError(`模板「${value}」不存在：--template 只能是 hebei（河北样式）或 henan（河南样式）。`);
}

async function render(draft: NarrativeDraft, format: Format): Promise<Uint8Array> {
  if (format === 'docx') return draftToDocx(draft);
  return new TextEncoder().encode(format === 'md' ? draftToMarkdown(draft) : draftToText(draft));
}

async function draftFile(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['--template', '--prior', '-o', '--output'], []);
  if (args.positional.length !== 1) throw new UserInputError(`请指定一个要起草情况说明的 Excel 文件。${DRAFT_USAGE}`);
  const file = args.positional[0];
  const out = args.options.get('-o') ?? args.options.get('--output');
  if (out && isSameFile(file, out)) throw new UserInputError('输出文件不能与输入文件相同：本工具从不改写原文件，请用 -o 指定另一个文件名。');
  const kind = out ? nonRegularTarget(out) : null;
  if (out && kind) throw new UserInputError(nonRegularTargetMessage(out, kind));
  const format = out ? formatOf(out) : 'txt';
  const template = templateOf(args.options.get('--template'));
  const priorPath = args.options.get('--prior');
  const priorInput = priorPath ? await readPriorInput(priorPath) : undefined;
  const prior = priorInput?.prior;
  const grid = await loadGrid(file);
  const { tables, year } = recognizeWorkbook(grid);
  if (tables.length === 0) throw new UserInputError(`${file} 中没有识别到部门预算公开表格，无法起草情况说明。`);
  const draft = draftNarrative(tables, { template, prior, grid, date: documentDate(new Date()) });
  // Where last year's figures came from: on stderr when the draft itself goes to stdout.
  const lines = [...(priorInput?.listing ?? [])];
  if (lines.length > 0 && prior?.year !== undefined && year !== null && prior.year !== year - 1) {
    lines.push(`注意：上年文件的预算年度是 ${prior.year} 年，而本年表格是 ${year} 年，请确认选择的是 ${year - 1} 年的公开文件。`);
  }
  const listing = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  if (!out) {
    if (listing) io.stderr(listing);
    io.stdout(draftToText(draft));
    return EXIT_OK;
  }
  if (listing) io.stdout(listing);
  const bytes = await render(draft, format);
  try {
    await withSignalCleanup(() => writeFileAtomic(out, bytes));
  } catch {
    throw new UserInputError(`无法保存「${out}」，未写出任何文件，请检查保存位置后重试。`);
  }
  const left = draft.placeholders.length;
  io.stdout(`已保存情况说明草稿「${out}」${left > 0 ? `，其中 ${left} 处【请填写】需要补充` : ''}。\n`);
  return EXIT_OK;
}

/** `draft` command; `argv` is what follows the word "draft". Returns the exit code, never throws. */
export async function runDraft(argv: string[], io: CliIo): Promise<number> {
  try {
    return await draftFile(argv, io);
  } catch (e) {
    const message = e instanceof UserInputError ? e.message : '起草情况说明时出现意外错误，未写出任何文件。请把工作簿反馈给开发人员。';
    io.stderr(`${message}\n`);
    return EXIT_UNREADABLE;
  }
}
