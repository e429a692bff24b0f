// Every amount of seeds 000 and 002 changed by 0.09, one at a time: each such typo must give at least one error and never
// a flood of them (the same typo reported in many places is what the locating logic avoids).
import { check } from '../../src/engine/check';
import { toA1 } from '../../src/engine/grid/address';
import { Decimal } from '../../src/engine/money';
import { specToGrid, type SpecCell, type WorkbookSpec } from '../fixtures/workbook-spec';
import { mutateCell, onePerSheet } from '../fixtures/seeds/arrangements';
import { seed000Blocks } from '../fixtures/seeds/seed000';
import { seed002Blocks } from '../fixtures/seeds/seed002';

function num(c: SpecCell): number | undefined {
  if (typeof c === 'number') return c;
  return c && typeof c === 'object' && typeof c.v === 'number' ? c.v : undefined;
}

/** Amount cells of the table sheets: numbers right of the code and name columns (序号 and 栏次 are left of them). */
function amountCells(spec: WorkbookSpec): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (const sheet of spec.sheets) {
    sheet.rows.forEach((row, r) => {
      const isColumnNumbers = row.filter((c) => num(c) !== undefined).length > 3 && row.some((c) => c === '栏次');
      row.forEach((c, col) => {
        const v = num(c);
        if (v === undefined || v === 0 || col < 2 || isColumnNumbers) return;
        // 固定资产 数量 (平方米, 辆, 台) is not a sum of anything.
        if (sheet.name === '固定资产' && col === 1) return;
        out.push([sheet.name, toA1(r, col), v]);
      });
    });
  }
  return out;
}

/** Errors (not narrative ones) after changing one cell by +0.09. */
function errorsAfterTypo(spec: WorkbookSpec, sheet: string, a1: string, v: number) {
  const typo = new Decimal(String(v)).plus('0.09').toNumber();
  const report = check(specToGrid(mutateCell(spec, sheet, a1, typo)), 'typo.xlsx');
  return report.findings.filter((f) => f.severity === 'error' && !f.rule.startsWith('narrative/'));
}

describe('seed 000: every single typo is caught', () => {
  const spec = onePerSheet(seed000Blocks()).spec;
  const cells = amountCells(spec);

  it('finds the amount cells', () => {
    expect(cells.length).toBeGreaterThan(200);
  });

  it('each +0.09 typo gives 1 to 3 errors, one at the changed cell except where no row tells which cell is wrong', () => {
    const problems: string[] = [];
    const elsewhere: string[] = [];
    for (const [sheet, a1, v] of cells) {
      const errors = errorsAfterTypo(spec, sheet, a1, v);
      if (errors.length === 0 || errors.length > 3) problems.push(`${sheet}!${a1}: ${errors.length} errors`);
      else if (!errors.some((f) => f.sheet === sheet && f.cell === a1)) elsewhere.push(`${sheet}!${a1} -> ${errors[0].cell}`);
    }
    expect(problems).toEqual([]);
    // The 固定资产 categories (caught at 资产总额): nothing else says which of the two cells is wrong.
    expect(elsewhere).toEqual(['固定资产!C7 -> C4', '固定资产!C9 -> C4']);
  });
});

describe('seed 002 (Henan): every single typo is caught', () => {
  const spec = onePerSheet(seed002Blocks()).spec;
  // 绩效目标申报表 figures are budgets of single projects, checked only against their cost indicators.
  const cells = amountCells(spec).filter(([sheet]) => !sheet.startsWith('绩效目标'));

  it('each +0.09 typo gives 1 to 3 errors', () => {
    expect(cells.length).toBeGreaterThan(200);
    const problems = cells
      .map(([sheet, a1, v]) => [`${sheet}!${a1}`, errorsAfterTypo(spec, sheet, a1, v).length] as const)
      .filter(([, n]) => n === 0 || n > 3);
    expect(problems).toEqual([]);
  });
});
