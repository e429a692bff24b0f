// Browser-side stand-in for office.js used by excel-mode.e2e.ts: Office and Excel globals backed by the Excel
// fake holding the seed 000 workbook with one typo, so the built task pane runs its Excel path in Chromium.
import { findCell, mutateCell, onePerSheet } from '../fixtures/seeds/arrangements';
import { seed000Blocks } from '../fixtures/seeds/seed000';
import { FakeContext } from '../office/fake-excel';
import { fakeBookOf } from '../office/fake-from-spec';

const base = onePerSheet(seed000Blocks()).spec;
const leaf = findCell(base, '表3', (c) => c === 95.46) as string;
const book = fakeBookOf(mutateCell(base, '表3', leaf, 95.64));
const settings = new Map<string, unknown>();
const stats = { runs: 0, syncs: 0, leaf };

class FakeOfficeError extends Error {
  code = 'GeneralException';
}

Object.assign(globalThis, {
  __fake: { book, settings, stats },
  OfficeExtension: { Error: FakeOfficeError },
  Office: {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
    actions: { associate: () => undefined },
    context: {
      officeTheme: { bodyBackgroundColor: '#FFFFFF' },
      requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 18 },
      document: {
        url: 'https://contoso.sharepoint.com/灵寿县医疗保障局2021年部门预算.xlsx',
        settings: {
          get: (k: string) => settings.get(k) ?? null,
          set: (k: string, v: unknown) => void settings.set(k, JSON.parse(JSON.stringify(v))),
          remove: (k: string) => void settings.delete(k),
          saveAsync: (cb: (r: { status: string }) => void) => cb({ status: 'succeeded' }),
        },
      },
    },
  },
  Excel: {
    run: async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> => {
      const ctx = new FakeContext(book);
      stats.runs++;
      try {
        return await batch(ctx);
      } finally {
        stats.syncs += ctx.syncs;
      }
    },
  },
});
