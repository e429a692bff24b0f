// An identity through a formula the engine could not compute is not declared: its blank is not a 0 to blame.
import { toIdentity } from '../../../src/engine/diagnosis/identity';
import { normalizeCell } from '../../../src/engine/grid/normalize';
import type { RawCell } from '../../../src/engine/grid/types';
import type { Amount } from '../../../src/engine/tables/types';
import { buildTable } from '../rules/support/build-table';
import { seed000Expenditure } from '../rules/support/seed-tables';

function amount(col: number, raw: RawCell): Amount {
  const cell = normalizeCell(raw);
  return { address: { sheet: '支出总表', row: 0, col }, value: cell.value.kind === 'number' ? cell.value.num : null, cell };
}

const table = buildTable(seed000Expenditure());
const words = { subject: '合计', column: '合计', reference: '基本支出 + 项目支出' };
const typed = (col: number, v: number) => amount(col, { value: v, numFmt: '0.00' });
const noValue = (col: number) => amount(col, { value: null, formula: "'[1]汇总'!C7" });

describe('toIdentity and formulas without a value', () => {
  it('declares an identity between typed figures and formulas with values', () => {
    const cached = amount(2, { value: 3232.07, formula: 'SUM(D1:E1)', numFmt: '0.00' });
    expect(toIdentity('row/expenditure-split', 'error', { table, target: cached, parts: [typed(3, 576.27), typed(4, 2655.8)], words })).not.toBeNull();
  });

  it('declares none when the target or a part has no value the engine could compute', () => {
    expect(toIdentity('row/expenditure-split', 'error', { table, target: noValue(2), parts: [typed(3, 576.27), typed(4, 2655.8)], words })).toBeNull();
    expect(toIdentity('row/expenditure-split', 'error', { table, target: typed(2, 3232.07), parts: [typed(3, 576.27), noValue(4)], words })).toBeNull();
  });
});
