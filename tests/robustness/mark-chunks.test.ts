// Marking in chunks (MAX_MARK_CELLS_PER_SYNC) keeps every request under Excel's 5 MB limit on huge finding lists
// and behaves exactly like one batch: any sequence of mark, re-mark and clear, in chunks of any size, ends
// with the workbook as it was, and each chunk costs two syncs.
import fc from 'fast-check';
import { MARK_FILL } from '../../src/engine/mark-style';
import type { Finding } from '../../src/engine/report';
import { clearMarks } from '../../src/office/clear-marks';
import { chunked, markCells } from '../../src/office/mark-cells';
import { memorySettingsStore } from '../../src/office/settings';
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
  it('chunked() covers every item once, in order, in pieces of the given size', () => {
    expect(chunked([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunked([], 3)).toEqual([[]]);
  });

  it('mark, re-mark and clear in chunks of any size restore the workbook exactly', async () => {
    await fc.assert(
      fc.asyncProperty(findingsArb, findingsArb, fc.integer({ min: 1, max: 30 }), fc.boolean(), async ([a, sa], [b, sb], size, notes) => {
        const wb = book();
        const before = snapshot(wb);
        const ctx = new FakeContext(wb);
        const store = memorySettingsStore();
        const caps = { notes, comments: true };
        await markCells(ctx, a.map((c, i) => finding(c, sa[i])), store, caps, ['表1'], size);
        const syncs = ctx.syncs;
        await markCells(ctx, b.map((c, i) => finding(c, sb[i])), store, caps, ['表1'], size);
        const cellsTouched = new Set([...a, ...b]).size;
        expect(ctx.syncs - syncs).toBe(2 * Math.max(1, Math.ceil(cellsTouched / size)));
        for (const [i, c] of b.entries()) expect(wb.sheets[0].cells.get(keyOf(c))?.fill?.color).toBe(MARK_FILL[sb[i]].toUpperCase());
        await clearMarks(ctx, store, caps, ['表1'], size);
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
