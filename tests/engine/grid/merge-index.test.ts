// The per-sheet merge index answers exactly what a scan over all merges answers (recognition asks per cell).
import fc from 'fast-check';
import { mergeAt, mergeCovering, mergesOnRow } from '../../../src/engine/grid/sheet';
import type { Rect, Sheet } from '../../../src/engine/grid/types';

const rectArb = fc
  .record({ top: fc.nat(40), left: fc.nat(10), h: fc.nat(300), w: fc.nat(5) })
  .map(({ top, left, h, w }): Rect => ({ top, left, bottom: top + (h > 280 ? h : h % 4), right: left + w }));

describe('merge index', () => {
  it('agrees with a scan over every merge, tall merges included', () => {
    fc.assert(
      fc.property(fc.array(rectArb, { maxLength: 30 }), fc.nat(60), fc.nat(16), (merges, row, col) => {
        const sheet: Sheet = { name: 's', cells: [], merges, state: 'visible' };
        expect(mergesOnRow(sheet, row)).toEqual(merges.filter((m) => row >= m.top && row <= m.bottom));
        expect(mergeCovering(sheet, row, col)).toBe(merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right));
        expect(mergeAt(sheet, row, col)).toBe(merges.find((m) => m.top === row && m.left === col));
      }),
      { seed: 77, numRuns: 300 },
    );
  });

  it('sees merges added after the first question', () => {
    const sheet: Sheet = { name: 's', cells: [], merges: [], state: 'visible' };
    expect(mergeCovering(sheet, 0, 0)).toBeUndefined();
    sheet.merges.push({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(mergeCovering(sheet, 1, 1)).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
  });
});
