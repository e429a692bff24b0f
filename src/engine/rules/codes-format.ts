// codes/format: a 科目编码 must be digits of the right length for its level (功能 3/5/7, 经济 3/5).
import { describeInvisible, invisibleCodePoints, withoutInvisible } from '../codes/invisible';
import { getCell, findSheet } from '../grid/sheet';
import type { CellAddress } from '../grid/types';
import type { BudgetTable, TableRow } from '../tables/types';
import {
  LEVEL_LABEL,
  LEVEL_LENGTH,
  codeCellOf,
  isEconomicLevel,
  isFunctionalLevel,
} from './codes-shared';
import { defineRule, type RuleContext, type RuleReport } from './define-rule';

type Problem = Pick<RuleReport, 'messageId' | 'data'>;

const PART_LENGTH = { cls: 3, section: 2, item: 2 } as const;
const PART_LABEL = { cls: '类', section: '款', item: '项' } as const;

/** A number cell that is not a whole number (2101501.5) cannot be a code. */
function numberProblem(ctx: RuleContext, table: BudgetTable, row: TableRow): Problem | null {
  if (!row.codeAddress || row.codeParts) return null;
  const sheet = findSheet(ctx.grid, row.codeAddress.sheet) ?? findSheet(ctx.grid, table.sheet);
  const cell = sheet ? getCell(sheet, row.codeAddress.row, row.codeAddress.col) : undefined;
  if (cell?.value.kind !== 'number' || cell.value.num.isInteger()) return null;
  return { messageId: 'notInteger', data: { code: cell.text } };
}

function partProblem(row: TableRow): Problem | null {
  if (!row.codeParts) return null;
  for (const key of ['cls', 'section', 'item'] as const) {
    const value = row.codeParts[key];
    if (value !== null && !new RegExp(`^\\d{${PART_LENGTH[key]}}$`).test(value)) {
      return { messageId: 'badPart', data: { part: PART_LABEL[key], expected: PART_LENGTH[key], value } };
    }
  }
  return null;
}

function codeProblem(row: TableRow, code: string): Problem | null {
  const expected = LEVEL_LENGTH[row.level] ?? 0;
  const level = LEVEL_LABEL[row.level] ?? '';
  if (!/^\d+$/.test(code)) return { messageId: 'notDigits', data: { code, expected, level } };
  if (code.length !== expected) return { messageId: 'badLength', data: { code, expected, level, length: code.length } };
  if (isFunctionalLevel(row.level) && !code.startsWith('2')) return { messageId: 'notFunctional', data: { code } };
  if (isEconomicLevel(row.level) && !/^[35]/.test(code)) return { messageId: 'notEconomic', data: { code } };
  return null;
}

const ASCII_DIGITS = /^[0-9]+$/;

const ECONOMIC_KINDS = new Set(['general-budget-basic-expenditure', 'economic-classification-summary', 'agency-operating-costs']);

/** A code the recognizer could not place on a level (6 digits, a letter O): say what lengths are allowed. */
function unplacedProblem(table: BudgetTable, code: string): Problem {
  const economic = ECONOMIC_KINDS.has(table.kind);
  return { messageId: 'badCode', data: { code, lengths: economic ? '3 位或 5 位' : '3 位、5 位或 7 位' } };
}

function rowProblem(ctx: RuleContext, table: BudgetTable, row: TableRow): Problem | null {
  const code = row.code?.trim() ?? '';
  if (row.role !== undefined || code === '') return null;
  if (row.level === 'line') {
    // Text without a digit in the code column is a label, not a mistyped code.
    if (!/\d/.test(code)) return null;
    return numberProblem(ctx, table, row) ?? partProblem(row) ?? unplacedProblem(table, code);
  }
  if (LEVEL_LENGTH[row.level] === undefined) return null;
  // Codes of ASCII digits, nearly all, are their own NFKC form.
  const nfkc = ASCII_DIGITS.test(code) ? code : code.normalize('NFKC');
  return numberProblem(ctx, table, row) ?? partProblem(row) ?? codeProblem(row, nfkc);
}

/** The cells a row's code was read from: the code cell (Hebei) or the typed 类/款/项 cells (Henan). */
function codeCells(table: BudgetTable, row: TableRow): CellAddress[] {
  if (!row.codeParts) return row.codeAddress ? [row.codeAddress] : [];
  const keys = new Set(['codeClass', 'codeSection', 'codeItem']);
  const cols = table.columns.filter((c) => keys.has(c.key)).map((c) => c.col);
  const cells = cols.map((col) => ({ sheet: row.codeAddress?.sheet ?? table.sheet, row: row.row, col }));
  return cells.length > 0 ? cells : row.codeAddress ? [row.codeAddress] : [];
}

/** Invisible characters typed in the row's code cells (the text as typed, before any normalization). */
function invisibleInCode(ctx: RuleContext, table: BudgetTable, row: TableRow): number[] {
  const found: number[] = [];
  for (const at of codeCells(table, row)) {
    const sheet = findSheet(ctx.grid, at.sheet);
    const cell = sheet ? getCell(sheet, at.row, at.col) : undefined;
    if (!cell || cell.value.kind === 'blank') continue;
    for (const cp of invisibleCodePoints(cell.text)) if (!found.includes(cp)) found.push(cp);
  }
  return found;
}

/** Codes the engine read correctly although they hold invisible characters: one warning per table. */
interface Tolerated {
  at: CellAddress;
  chars: number[];
  code: string;
  count: number;
}

function reportRow(ctx: RuleContext, table: BudgetTable, row: TableRow, tolerated: { value: Tolerated | null }): void {
  const problem = rowProblem(ctx, table, row);
  // Only rows holding a code: a label typed in the code column is not a code.
  const coded = row.role === undefined && (/\d/.test(row.code ?? '') || row.codeParts !== undefined);
  const invisible = coded ? invisibleInCode(ctx, table, row) : [];
  if (invisible.length === 0) {
    if (problem) ctx.report({ ...problem, at: codeCellOf(table, row), table: table.kind });
    return;
  }
  const chars = describeInvisible(invisible);
  if (problem) {
    // The invisible character is why the code does not read: name it instead of a puzzling "应为 7 位数字".
    const visible = withoutInvisible(row.code ?? '').replace(/\s+/g, '');
    ctx.report({ messageId: 'invisible', at: codeCellOf(table, row), data: { chars, visible }, table: table.kind });
    return;
  }
  if (tolerated.value) {
    tolerated.value.count++;
    for (const cp of invisible) if (!tolerated.value.chars.includes(cp)) tolerated.value.chars.push(cp);
  } else {
    tolerated.value = { at: codeCellOf(table, row), chars: [...invisible], code: row.code ?? '', count: 1 };
  }
}

function checkTable(ctx: RuleContext, table: BudgetTable): void {
  const tolerated: { value: Tolerated | null } = { value: null };
  for (const row of table.rows) reportRow(ctx, table, row, tolerated);
  const t = tolerated.value;
  if (!t) return;
  ctx.report({
    messageId: 'invisibleRead',
    severity: 'warning',
    at: t.at,
    data: { chars: describeInvisible(t.chars), code: t.code, count: t.count },
    table: table.kind,
  });
}

/** Reported at the code cell (Henan: the rightmost typed part). */
export const codesFormat = defineRule({
  id: 'codes/format',
  severity: 'error',
  description: '科目编码格式：支出功能分类为 3/5/7 位，经济分类为 3/5 位，河南格式类/款/项分列为 3/2/2 位；编码中不能有不可见字符',
  messages: {
    notDigits: '{{level}}级科目编码「{{code}}」应为 {{expected}} 位数字',
    badLength: '{{level}}级科目编码应为 {{expected}} 位，「{{code}}」为 {{length}} 位',
    notFunctional: '「{{code}}」不是支出功能分类科目编码（应以 2 开头）',
    notEconomic: '「{{code}}」不是经济分类科目编码（部门预算经济分类以 3 开头，政府预算经济分类以 5 开头）',
    notInteger: '科目编码「{{code}}」不是整数，请检查单元格内容',
    badPart: '「{{part}}」列应填 {{expected}} 位数字，填的是「{{value}}」',
    badCode: '科目编码「{{code}}」应为 {{lengths}}数字',
    invisible: '科目编码中有不可见字符 {{chars}}，编码因此无法识别；删除后为「{{visible}}」，请重新输入该编码',
    invisibleRead:
      '科目编码中有不可见字符 {{chars}}（本表 {{count}} 个编码，首个为 {{code}}）；已按可见数字识别，建议删除，以免其他系统无法识别',
  },
  check(ctx) {
    for (const table of ctx.tables) checkTable(ctx, table);
  },
});
