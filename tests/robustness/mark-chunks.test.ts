// Marking in chunks sized by bytes keeps every request under Excel's 5 MB limit on huge finding lists and behaves
// exactly like one batch: any sequence of mark, re-mark and clear, in chunks of any size, ends with the workbook as
// it was, and each chunk costs three syncs (read, records + fills, records + notes) after one to look around.
import fc from 'fast-check';
import { MARK_FILL } from '../../src/engine/mark-style';
import type { Finding } from '../../src/engine/report';
import { clearMarks } from '../../src/office/clear-marks';
import { markCells } from '../../src/office/mark-cells';
import { groupBySize } from '../../src/office/wire-size';
import { FakeContext, fakeSheet, type FakeBook } from '../office/fake-excel';

const CELLS = Array.from({ length: 24 }, (_, i) => `${String.fromCharCode(65 + (i % 6))}${Math.floor(i / 6) + 1}`);

function book(): FakeBook {
  const rows = Array.from({ length: 4 }, (_, r) => Array.from({ length: 6 }, (_, c) => (r * 6 + c) % 5 === 0 ? { value: r + c, fill: { color: '#DDEBF7', pattern: 'Solid' }, note: '原有批注' } : r * 10 + c));
  return { sheets: [fakeSheet('表1', rows)], comments: [] };
}

const snapshot = (b: FakeBook) => JSON.stringify([...b.sheets[0].cells].map(([k, c]) => [k, c.value, c.fill ?? null, c.note ?? null]));
const finding = (cell: string, severity: Finding['severity']): Finding => ({ rule: 't/r', severity, sheet: '表1', cell, message: `问题 ${cell}` });
const findingsArb = fc.subarray(CELLS).chain((cells) => fc.tuple(fc.constant(cells), fc.array(fc.constantFrom<Finding['severity']>('error', 'warning', 'info'), { minLength: cells.length, maxLength: cells.length })));

describe('chunked marking', () => {
  it('groupBySize() covers every item once, in order, in groups within the budget', () => {
    expect(groupBySize([1, 2, 3, 4, 5], (n) => n, 5)).toEqual([[1, 2], [3], [4], [5]]);
    expect(groupBySize([9, 1], (n) => n, 5)).toEqual([[9], [1]]);
    expect(groupBySize([], () => 1, 3)).toEqual([[]]);
  });

  it('mark, re-mark and clear in chunks of any size restore the workbook exactly', async () => {
    await fc.assert(
      fc.asyncProperty(findingsArb, findingsArb, fc.integer({ min: 1, max: 30 }), fc.boolean(), async ([a, sa], [b, sb], size, notes) => {
        const wb = book();
        const before = snapshot(wb);
        const ctx = new FakeContext(wb);
        const caps = { notes, comments: true };
        // A budget of `size` marked cells: each weighs about 1.2 KB plus its note.
        const budget = size * 1_300;
        await markCells(ctx, a.map((c, i) => finding(c, sa[i])), caps, { budget });
        const syncs = ctx.syncs;
        await markCells(ctx, b.map((c, i) => finding(c, sb[i])), caps, { budget });
        const cellsTouched = new Set([...a, ...b]).size;
        const spent = ctx.syncs - syncs;
        if (cellsTouched === 0) expect(spent).toBe(1);
        // With notes every chunk costs 3 syncs; with comments a refused one (a legacy note) costs a look and a resend.
        else if (notes) expect((spent - 1) % 3).toBe(0);
        else expect(spent).toBeGreaterThanOrEqual(4);
        for (const [i, c] of b.entries()) expect(wb.sheets[0].cells.get(keyOf(c))?.fill?.color).toBe(MARK_FILL[sb[i]].toUpperCase());
        await clearMarks(ctx, caps, { budget });
        expect(snapshot(wb)).toBe(before);
        expect(wb.comments).toEqual([]);
      }),
      { seed: 5150, numRuns: 150 },
    );
  });
});

function keyOf(a1: string): string {
  return `${Number(a1.slice(1)) - 1},${a1.charCodeAt(0) - 65}`;
}
