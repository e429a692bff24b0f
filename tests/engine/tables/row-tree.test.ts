// The row tree (tree.ts, with row-tree.ts for per-unit, 小计 and names-only lines): on every clean field fixture and
// seed, each line with children equals the sum of its children in every amount column, whatever the layout.
import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import { childrenOf, parentOf } from '../../../src/engine/tables/tree';
import { roundTo, sum } from '../../../src/engine/money';
import type { BudgetTable } from '../../../src/engine/tables/types';
import { specToGrid, type WorkbookSpec } from '../../fixtures/workbook-spec';
import { onePerSheet } from '../../fixtures/seeds/arrangements';
import { seed000Blocks } from '../../fixtures/seeds/seed000';
import { seed002Blocks } from '../../fixtures/seeds/seed002';
import { perUnitCase } from '../../fixtures/field/per-unit';
import { indentedCase, plainNamesCase } from '../../fixtures/field/names-only';
import { subtotalCase } from '../../fixtures/field/subtotals';
import { wanliWorkbook } from '../../fixtures/field/shanghai-wanli-2025';

/** `sheet row: column shown ≠ Σ children` for every node that does not add up. */
function unbalanced(t: BudgetTable): string[] {
  const out: string[] = [];
  for (const row of t.rows) {
    const kids = childrenOf(t, row);
    if (kids.length === 0) continue;
    for (const c of t.columns) {
      const own = row.amounts[c.key]?.value;
      const parts = sum(kids.map((k) => k.amounts[c.key]?.value ?? null));
      if (!roundTo(own ?? parts.minus(parts), 2).equals(roundTo(parts, 2))) out.push(`${t.sheet} ${row.row + 1} ${row.name}: ${c.key}`);
    }
  }
  return out;
}

function tablesOf(spec: WorkbookSpec): BudgetTable[] {
  return recognizeWorkbook(specToGrid(spec)).tables;
}

describe('row tree', () => {
  it.each([
    ['seed 000', () => onePerSheet(seed000Blocks()).spec],
    ['seed 002 (Henan detail rows)', () => onePerSheet(seed002Blocks()).spec],
    ['per-unit tables', () => perUnitCase().spec],
    ['names only, indented', () => indentedCase().spec],
    ['names only, plain', () => plainNamesCase().spec],
    ['小计 on top', () => subtotalCase('top').spec],
    ['小计 at the bottom', () => subtotalCase('bottom').spec],
    ['Shanghai (合计 at the bottom)', () => wanliWorkbook()],
  ])('%s: every line equals the sum of its children', (_name, spec) => {
    const tables = tablesOf(spec());
    expect(tables.flatMap(unbalanced)).toEqual([]);
  });

  it('per-unit blocks: a 类 belongs to its own unit, the unit lines to the 合计 (合计 on top and at the bottom)', () => {
    const tables = tablesOf(perUnitCase().spec).filter((t) => t.perUnit);
    expect(tables.map((t) => t.sheet)).toEqual(['支出总表分单位', '分单位支出', '收入分单位']);
    for (const t of tables) {
      const units = t.rows.filter((r) => r.role === 'unit-subtotal');
      expect(units.map((u) => u.unit?.name)).toEqual(['灵寿县医疗保障局本级', '灵寿县医疗保险管理中心']);
      expect(units.every((u) => parentOf(t, u)?.level === 'total')).toBe(true);
      for (const cls of t.rows.filter((r) => r.level === 'class')) expect(parentOf(t, cls)?.unit).toEqual(cls.unit);
    }
  });

  it('小计 blocks: 301 and 303 under 人员经费小计, 302 and 310 under 公用经费小计, both under 合计', () => {
    for (const where of ['top', 'bottom'] as const) {
      const t = tablesOf(subtotalCase(where).spec).find((x) => x.kind === 'general-budget-basic-expenditure');
      if (!t) throw new Error('no 基本支出表');
      const under = (label: string) => {
        const head = t.rows.find((r) => r.name === label);
        return head ? childrenOf(t, head).map((r) => r.code) : [];
      };
      expect(under('人员经费小计')).toEqual(['301', '303']);
      expect(under('公用经费小计')).toEqual(['302', '310']);
      const subtotals = t.rows.filter((r) => r.level === 'subtotal');
      expect(subtotals.map((r) => parentOf(t, r)?.level)).toEqual(['total', 'total']);
    }
  });

  it('names only: the 款 其他卫生健康支出 holds its single 项 of the same name', () => {
    const t = tablesOf(plainNamesCase().spec).find((x) => x.kind === 'expenditure-summary');
    if (!t) throw new Error('no 支出总表');
    const same = t.rows.filter((r) => r.name === '其他卫生健康支出');
    expect(same.map((r) => r.level)).toEqual(['section', 'item']);
    expect(childrenOf(t, same[0])).toEqual([same[1]]);
  });
});
