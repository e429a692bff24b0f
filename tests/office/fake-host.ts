// The Excel host over the in-memory fake, as the add-in builds it over office.js: notes and comments available.
import { createContextHost } from '../../src/office/excel-host';
import type { ExcelContextLike } from '../../src/office/excel-api';
import { memorySettingsStore } from '../../src/office/settings';
import { FakeContext, type FakeBook } from './fake-excel';

/** A host whose Excel.run is a batch on one FakeContext over `book`, with settings kept in memory. */
export function fakeHost(book: FakeBook, name: string) {
  const ctx = new FakeContext(book);
  const store = memorySettingsStore();
  const host = createContextHost({
    run: <T>(batch: (c: ExcelContextLike) => Promise<T>) => batch(ctx),
    store,
    caps: { notes: true, comments: true },
    name: () => name,
  });
  return { ctx, store, host };
}
