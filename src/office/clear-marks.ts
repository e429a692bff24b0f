// 「清除标注」: put back every fill we changed and remove only the notes we added, then forget the marks.
import { queueProbes, queueRestore, cellKey, type CellProbe } from './cell-probe';
import type { ExcelContextLike, MarkCapabilities } from './excel-api';
import { chunked, MAX_MARK_CELLS_PER_SYNC } from './mark-cells';
import { loadSheetNames } from './read-workbook';
import { loadMarks, saveMarks, type SettingsStore } from './settings';

/**
 * Undo all remembered marks in two context.sync() calls per MAX_MARK_CELLS_PER_SYNC cells (one more when
 * `sheetNames` is not known yet): one to read the cells as they are now, one to restore. A fill the user
 * changed after marking is left as they set it. Returns the number of cells restored.
 */
export async function clearMarks(
  context: ExcelContextLike,
  store: SettingsStore,
  caps: MarkCapabilities,
  sheetNames?: readonly string[],
  cellsPerSync = MAX_MARK_CELLS_PER_SYNC,
): Promise<number> {
  const marks = loadMarks(store);
  if (marks.length === 0) return 0;
  const sheets = new Set(sheetNames ?? (await loadSheetNames(context)));
  const live = marks.filter((m) => sheets.has(m.sheet));
  // Same chunks as marking, so a huge list of marks never makes a request over the 5 MB limit.
  for (const chunk of chunked(live, cellsPerSync)) {
    const probes = queueProbes(context, chunk, caps);
    await context.sync();
    for (const m of chunk) queueRestore(probes.get(cellKey(m.sheet, m.cell)) as CellProbe, m);
    await context.sync();
  }
  await saveMarks(store, []);
  return live.length;
}
