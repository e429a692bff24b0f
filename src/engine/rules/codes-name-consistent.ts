// codes/name-consistent: one code carries one name in every table of the workbook — checkable with no dictionary,
// so it covers the codes the built-in 科目表 does not hold (codes/name-mismatch checks the ones it does).
import { canonicalName } from '../codes/canonical-name';
import { addressToA1 } from '../grid/address';
import type { CellAddress } from '../grid/types';
import type { BudgetTable, TableRow } from '../tables/types';
import { codeBookOf, nameCellOf, validCodedRows, yearOf } from './codes-shared';
import { defineRule, type RuleContext } from './define-rule';

/** One printed name of a code: where, as printed, and as compared. */
interface Occurrence {
  code: string;
  name: string;
  key: string;
  at: CellAddress;
  table: BudgetTable;
}

/** "部门预算支出总表 C7" for messages. */
function place(o: Occurrence): string {
  return `「${o.table.title}」${addressToA1(o.at)}`;
}

/** Rows whose printed name is the name of their code (not a 项目支出表's project names, not Henan detail rows). */
function namedRows(ctx: RuleContext, table: BudgetTable): { row: TableRow & { code: string }; known: boolean }[] {
  if (table.kind === 'project-expenditure') return [];
  const year = yearOf(table, ctx);
  const book = codeBookOf(ctx);
  return validCodedRows(table)
    .filter(({ row }) => row.level !== 'detail')
    .map(({ row, cls }) => ({ row, known: year !== null && book.lookup(cls, year, row.code) !== undefined }));
}

/** Occurrences per code (and year), in table order; codes the dictionary knows are left to codes/name-mismatch. */
function collect(ctx: RuleContext): Map<string, Occurrence[]> {
  const byCode = new Map<string, Occurrence[]>();
  for (const table of ctx.tables) {
    for (const { row, known } of namedRows(ctx, table)) {
      const key = canonicalName(row.name);
      if (known || key === '') continue;
      const id = `${yearOf(table, ctx) ?? ''}|${row.code}`;
      const list = byCode.get(id) ?? [];
      list.push({ code: row.code, name: row.name, key, at: nameCellOf(table, row), table });
      byCode.set(id, list);
    }
  }
  return byCode;
}

/** Occurrences grouped by compared name, largest group first (ties keep the order of first appearance). */
function groups(list: Occurrence[]): Occurrence[][] {
  const byKey = new Map<string, Occurrence[]>();
  for (const o of list) byKey.set(o.key, [...(byKey.get(o.key) ?? []), o]);
  return [...byKey.values()].sort((a, b) => b.length - a.length);
}

function checkCode(ctx: RuleContext, list: Occurrence[]): void {
  const [first, ...others] = groups(list);
  if (others.length === 0) return;
  const tie = others[0].length === first.length;
  for (const group of others) {
    for (const o of group) {
      const ref = first[0];
      const data: Record<string, string | number> = tie
        ? { code: o.code, actual: o.name, other: ref.name, here: place(o), there: place(ref) }
        : { code: o.code, actual: o.name, majority: ref.name, count: first.length, there: place(ref) };
      ctx.report({ messageId: tie ? 'tie' : 'differs', at: o.at, related: [ref.at], data, table: o.table.kind });
    }
  }
}

/** Reported at the name cell that differs from the majority (on a tie, at the later one, naming both). */
export const codesNameConsistent = defineRule({
  id: 'codes/name-consistent',
  severity: 'error',
  description: '同一科目编码在工作簿各表中的名称须一致（不需要科目表即可核对）',
  messages: {
    differs:
      '科目 {{code}} 在其他 {{count}} 处名称为「{{majority}}」（如{{there}}），此处为「{{actual}}」；同一科目在各表中的名称应一致',
    tie: '科目 {{code}} 在{{there}}名称为「{{other}}」，在{{here}}为「{{actual}}」，两处不一致，请核对哪一个正确',
  },
  check(ctx) {
    for (const list of collect(ctx).values()) checkCode(ctx, list);
  },
});
