// The e2e workbook: seed 000 (灵寿县医疗保障局 2021) with one number changed, and what the engine says about it
// when run in Node on the same bytes, so the page can be compared with the engine.
import { check } from '../../src/engine/check';
import type { Report } from '../../src/engine/report';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { findCell, mutateCell } from '../fixtures/seeds/arrangements';
import { seed000Workbook } from '../fixtures/seeds/workbooks';
import { specToXlsx } from '../fixtures/workbook-spec';

/** The sheet whose 项 2101501 行政运行 合计 is changed from 95.46 to 96.46. */
export const CHANGED_SHEET = '一般公共预算支出表';

export interface E2eFixture {
  bytes: Buffer;
  /** A1 of the changed cell. */
  changedCell: string;
  report: Report;
  baseline: Report;
}

/** Build the workbook in code (never a hand-edited binary) and check it with the engine. */
export async function buildFixture(): Promise<E2eFixture> {
  const arr = seed000Workbook();
  const changedCell = findCell(arr.spec, CHANGED_SHEET, (c) => c === 95.46);
  if (!changedCell) throw new Error('seed 000 no longer has 95.46 on the general budget sheet');
  const bytes = await specToXlsx(mutateCell(arr.spec, CHANGED_SHEET, changedCell, 96.46));
  const report = check(await readWorkbook(bytes), 'e2e.xlsx');
  const baseline = check(await readWorkbook(await specToXlsx(arr.spec)), 'seed000.xlsx');
  return { bytes, changedCell, report, baseline };
}
