// Writing the findings list into the workbook as a sheet of plain text (inside Excel a task pane cannot reliably
// download a file, so the list goes where the clerk can move or copy it). Text format before values: a message
// starting with "=" stays text, never a formula.
import { columnLetter } from '../engine/grid/address';
import type { ExcelContextLike } from './excel-api';
import { freeSheetName } from './narrative-sheet';

/** Base name of the findings sheet. */
export const FINDINGS_SHEET = '问题清单';

/** Add 问题清单 (or 问题清单(2)…) holding `header` and `rows`, bold header, frozen first row. Returns its name. */
export async function insertFindingsSheet(context: ExcelContextLike, header: readonly string[], rows: readonly (readonly string[])[]): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await addSheet(context, header, rows);
    } catch (e) {
      if ((e as { code?: unknown } | null)?.code !== 'ItemAlreadyExists' || attempt >= 3) throw e;
    }
  }
}

async function addSheet(context: ExcelContextLike, header: readonly string[], rows: readonly (readonly string[])[]): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const name = freeSheetName(FINDINGS_SHEET, sheets.items.map((s) => s.name));
  const ws = sheets.add(name);
  const all = [header, ...rows].map((r) => header.map((_, i) => r[i] ?? ''));
  const range = ws.getRange(`A1:${columnLetter(header.length - 1)}${all.length}`);
  range.numberFormat = all.map((r) => r.map(() => '@'));
  range.values = all.map((r) => [...r]);
  range.format.wrapText = true;
  ws.activate();
  await context.sync();
  return name;
}
