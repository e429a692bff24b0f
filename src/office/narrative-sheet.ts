// Writing the drafted 信息公开情况说明 into the workbook as plain text in a new sheet.
import type { ExcelContextLike } from './excel-api';

/** Base name of the sheet the narrative goes into. */
export const NARRATIVE_SHEET = '信息公开情况说明';

/** The first free name: 信息公开情况说明, 信息公开情况说明(2), ... (Excel compares sheet names case-insensitively). */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base}(${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Add a sheet with one paragraph per row in column A, wrapped. The text format is set before the values so a
 * paragraph starting with "=" stays text, never a formula. Two syncs. Returns the new sheet's name. When the name
 * was taken meanwhile (a second click, the other runtime), Excel says ItemAlreadyExists: pick the next free name.
 */
export async function insertNarrativeSheet(context: ExcelContextLike, paragraphs: readonly string[]): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await addNarrativeSheet(context, paragraphs);
    } catch (e) {
      if ((e as { code?: unknown } | null)?.code !== 'ItemAlreadyExists' || attempt >= 3) throw e;
    }
  }
}

async function addNarrativeSheet(context: ExcelContextLike, paragraphs: readonly string[]): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const name = freeSheetName(NARRATIVE_SHEET, sheets.items.map((s) => s.name));
  const ws = sheets.add(name);
  const lines = paragraphs.length > 0 ? paragraphs : [''];
  const range = ws.getRange(`A1:A${lines.length}`);
  range.numberFormat = lines.map(() => ['@']);
  range.values = lines.map((p) => [p]);
  range.format.wrapText = true;
  range.format.columnWidth = 560;
  ws.activate();
  await context.sync();
  return name;
}
