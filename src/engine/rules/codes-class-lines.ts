// codes/class-lines: the 类 lines of 收支总表 / 财政拨款收支总表 follow the year's list (names and order).
import { canonicalName, ordinalOf, stripNumbering } from '../codes/canonical-name';
import { CLASS_LINE_LISTS, type ClassLine, type ClassLineList } from '../codes/data/class-lines';
import type { CodeBook } from '../codes/types';
import type { BudgetTable, TableRow } from '../tables/types';
import { codeBookOf, nameCellOf, yearOf } from './codes-shared';
import { defineRule, type RuleContext } from './define-rule';

interface Match {
  index: number;
  former: boolean;
}

/** Each list's names and variants, canonical, to the first line that carries them: built once per list. */
const LINE_KEYS = new WeakMap<ClassLineList, Map<string, number>>();

function lineKeys(list: ClassLineList): Map<string, number> {
  const known = LINE_KEYS.get(list);
  if (known) return known;
  const keys = new Map<string, number>();
  list.lines.forEach((line: ClassLine, index) => {
    for (const n of [line.name, ...(line.variants ?? [])]) {
      const key = canonicalName(n);
      if (!keys.has(key)) keys.set(key, index);
    }
  });
  LINE_KEYS.set(list, keys);
  return keys;
}

function matchLine(list: ClassLineList, book: CodeBook, name: string): Match | null {
  const key = canonicalName(stripNumbering(name));
  const index = lineKeys(list).get(key);
  if (index !== undefined) return { index, former: false };
  const formerIndex = list.lines.findIndex((l) => {
    const entry = l.code ? book.lookup('functional', list.year, l.code) : undefined;
    return (entry?.formerNames ?? []).some((n) => canonicalName(n) === key);
  });
  return formerIndex >= 0 ? { index: formerIndex, former: true } : null;
}

function reportMissing(ctx: RuleContext, table: BudgetTable, list: ClassLineList, seen: Set<number>, last: TableRow): void {
  list.lines.forEach((line, index) => {
    if (seen.has(index) || line.optional) return;
    ctx.report({ messageId: 'missingLine', at: nameCellOf(table, last), data: { expected: line.name, year: list.year }, table: table.kind });
  });
}

/** Printed numbers run 一、二、三… down the column; only the first break is reported (the rest follow from it). */
function checkNumbering(ctx: RuleContext, table: BudgetTable, lines: readonly TableRow[]): void {
  const ordinals = lines.map((r) => ordinalOf(r.name));
  if (ordinals.some((o) => o === null)) return;
  const start = ordinals[0] ?? 1;
  const i = ordinals.findIndex((o, k) => o !== start + k);
  if (i < 0) return;
  const row = lines[i];
  ctx.report({ messageId: 'numbering', at: nameCellOf(table, row), data: { actual: row.name, number: start + i }, table: table.kind });
}

function checkTable(ctx: RuleContext, table: BudgetTable, list: ClassLineList): void {
  const lines = table.rows.filter((r) => r.role === 'class-line');
  if (lines.length === 0) return;
  const book = codeBookOf(ctx);
  const seen = new Set<number>();
  let previous = -1;
  for (const row of lines) {
    const at = nameCellOf(table, row);
    const base = { at, table: table.kind };
    const actual = stripNumbering(row.name);
    const match = matchLine(list, book, row.name);
    if (!match) {
      ctx.report({ ...base, messageId: 'unknownLine', data: { actual, year: list.year } });
      continue;
    }
    const expected = list.lines[match.index].name;
    if (match.former) ctx.report({ ...base, messageId: 'formerName', data: { actual, expected, year: list.year } });
    if (match.index < previous) {
      ctx.report({ ...base, messageId: 'order', severity: list.complete ? 'error' : 'warning', data: { actual, before: list.lines[previous].name } });
    }
    seen.add(match.index);
    previous = Math.max(previous, match.index);
  }
  // Only a table that prints the whole list (most lines) can be said to miss one or to break its numbering.
  if (seen.size < list.lines.length / 2) return;
  if (list.complete) reportMissing(ctx, table, list, seen, lines[lines.length - 1]);
  checkNumbering(ctx, table, lines);
}

/** Names at the line's name cell; order against the year's list; missing lines at the last line. */
export const codesClassLines = defineRule({
  id: 'codes/class-lines',
  severity: 'warning',
  description: '收支总表、财政拨款收支总表支出栏的类级科目须与预算年度科目表一致（名称和顺序）',
  messages: {
    unknownLine: '「{{actual}}」不是 {{year}} 年科目表中的类级科目，请核对名称',
    formerName: '类级科目「{{actual}}」是旧名称，{{year}} 年科目表中为「{{expected}}」',
    order: '类级科目「{{actual}}」应排在「{{before}}」之前，与科目表顺序不一致',
    missingLine: '支出栏缺少类级科目「{{expected}}」（{{year}} 年科目表）',
    numbering: '「{{actual}}」的序号不连续，此处应为第 {{number}} 项',
  },
  check(ctx) {
    for (const table of ctx.tables) {
      const year = yearOf(table, ctx);
      const list = CLASS_LINE_LISTS.find((l) => l.year === year);
      if (list) checkTable(ctx, table, list);
    }
  },
});
