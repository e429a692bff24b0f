// `draft FILE.xlsx [--template hebei|henan] [--prior PRIOR.json] [-o OUT.md|OUT.docx|OUT.txt]`.
// PRIOR.json holds last year's figures (the PriorYear type): checked field by field, never guessed.
import * as path from 'node:path';
import { draftNarrative, draftToMarkdown, draftToText } from '../engine/narrative/draft';
import type { NarrativeDraft } from '../engine/narrative/types';
import { computeFormulas } from '../engine/formula/compute-grid';
import { recognizeWorkbook } from '../engine/tables/recognize';
import { priorFromTables } from '../engine/narrative/prior';
import { documentDate } from '../engine/narrative/builder';
import { draftToDocx } from '../export/docx';
import { parseArgs } from './args';
import { isSameFile, nonRegularTarget, nonRegularTargetMessage, withSignalCleanup, writeFileAtomic } from './atomic-write';
import { EXIT_OK, EXIT_UNREADABLE, UserInputError, type CliIo } from './io';
import { loadGrid } from './load';
import { readFileSync } from 'node:fs';
import { parseAmount } from '../engine/money';
import type { PriorYear } from '../engine/narrative/types';

/** One-line usage, shown when the arguments are wrong. */
export const DRAFT_USAGE =
  '用法：budget-disclosure draft 文件.xlsx [--template hebei|henan] [--prior 上年数据.json|上年工作簿.xlsx] [-o 输出.md|输出.docx|输出.txt]';

const AMOUNT_KEYS = [
  'total', 'basic', 'project', 'personnel', 'public', 'threePublic', 'abroad', 'vehicle',
  'vehiclePurchase', 'vehicleOperation', 'reception', 'agencyOperating',
] as const;

/** Example shown in error messages, so the clerk sees the expected shape. */
export const PRIOR_EXAMPLE = '{"year": 2020, "total": "3068.24", "basic": "509.44", "project": "2558.80", "threePublic": "3.00"}';

function amountText(key: string, v: unknown, file: string): string {
  const text = typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v.replace(/万元$/, '').trim() : null;
  if (text === null || !parseAmount(text)) {
    throw new UserInputError(`${file} 中「${key}」的值不是金额（应为万元数字，例如 "3068.24"）。`);
  }
  return text;
}

/** Validate parsed JSON as a PriorYear (amounts in 万元 as text or numbers, optional integer year). */
export function toPriorYear(data: unknown, file: string): PriorYear {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserInputError(`${file} 应是一个 JSON 对象，例如 ${PRIOR_EXAMPLE}。`);
  }
  const out: PriorYear = {};
  for (const [key, v] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'year') {
      if (typeof v !== 'number' || !Number.isInteger(v)) throw new UserInputError(`${file} 中「year」应是年份数字，例如 2020。`);
      out.year = v;
    } else if ((AMOUNT_KEYS as readonly string[]).includes(key)) {
      out[key as (typeof AMOUNT_KEYS)[number]] = amountText(key, v, file);
    } else {
      throw new UserInputError(`${file} 中有不认识的字段「${key}」。可用字段：year、${AMOUNT_KEYS.join('、')}。`);
    }
  }
  return out;
}

/** Read and validate PRIOR.json; every failure is one Chinese sentence. */
export function readPriorFile(file: string): PriorYear {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserInputError(`无法读取上年数据文件：${file}。请检查路径是否正确。`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UserInputError(`${file} 不是有效的 JSON 文件，格式示例：${PRIOR_EXAMPLE}。`);
  }
  return toPriorYear(data, file);
}

/** --prior takes PRIOR.json or last year's workbook (.xlsx), whose tables give last year's figures. */
async function readPrior(file: string): Promise<PriorYear> {
  if (!/\.xlsx$/i.test(file)) return readPriorFile(file);
  const { tables } = recognizeWorkbook(computeFormulas(await loadGrid(file)));
  if (tables.length === 0) throw new UserInputError(`${file} 中没有识别到上年的部门预算表格，无法读取上年数据。`);
  return priorFromTables(tables);
}

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
  const prior = priorPath ? await readPrior(priorPath) : undefined;
  const grid = computeFormulas(await loadGrid(file));
  const { tables } = recognizeWorkbook(grid);
  if (tables.length === 0) throw new UserInputError(`${file} 中没有识别到部门预算公开表格，无法起草情况说明。`);
  const draft = draftNarrative(tables, { template, prior, grid, date: documentDate(new Date()) });
  if (!out) {
    io.stdout(draftToText(draft));
    return EXIT_OK;
  }
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
