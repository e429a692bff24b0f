// A narrative finding points at the table cell its figure was read from, even when other cells hold the same
// figure: cells with equal figures share one Money (grid/normalize.ts caches parsed numbers).
import { amountOf, originOf } from '../../../src/engine/narrative/table-lookup';
import { buildTable } from '../rules/support/build-table';

describe('amountOf / originOf', () => {
  it('keeps each read cell as the origin when two cells share one figure', () => {
    const t = buildTable({
      kind: 'income-expenditure-summary',
      columns: ['total'],
      rows: [
        { name: '一般公共预算拨款收入', v: [3232.07] },
        { name: '本年收入合计', v: [3232.07] },
      ],
    });
    const [first, second] = t.rows;
    // The premise: both cells hold the very same Money object.
    expect(first.amounts.total.value).toBe(second.amounts.total.value);
    const a = amountOf(t, first, 'total')!;
    const b = amountOf(t, second, 'total')!;
    expect(a.toFixed(2)).toBe('3232.07');
    expect(b.toFixed(2)).toBe('3232.07');
    expect(originOf(a)).toEqual(first.amounts.total.address);
    expect(originOf(b)).toEqual(second.amounts.total.address);
    expect(originOf(a)).not.toEqual(originOf(b));
  });
});
