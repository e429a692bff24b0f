// Browser-side stand-in for office.js used by excel-mode.e2e.ts: Office and Excel globals backed by the Excel
// fake holding the seed 000 workbook with one typo, so the built task pane runs its Excel path in Chromium.
import { findCell, mutateCell, onePerSheet } from '../fixtures/seeds/arrangements';
import { seed000Blocks } from '../fixtures/seeds/seed000';
import { FakeExcel, type FakeContext, type FakeRunOptions } from '../office/fake-excel';
import { fakeBookOf } from '../office/fake-from-spec';

const base = onePerSheet(seed000Blocks()).spec;
const leaf = findCell(base, '表3', (c) => c === 95.46) as string;
const book = fakeBookOf(mutateCell(base, '表3', leaf, 95.64));
const excel = new FakeExcel(book);
const stats = { runs: 0, syncs: 0, leaf };

class FakeOfficeError extends Error {
  code = 'GeneralException';
}

Object.assign(globalThis, {
  __fake: { book, excel, stats },
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
        settings: excel.runtime(),
      },
    },
  },
  Excel: {
    run: async <T>(options: FakeRunOptions, batch: (ctx: FakeContext) => Promise<T>): Promise<T> => {
      const before = excel.syncs;
      stats.runs++;
      try {
        return await excel.run(options, batch);
      } finally {
        stats.syncs += excel.syncs - before;
      }
    },
  },
});
