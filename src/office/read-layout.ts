// The shape of each visible sheet before its cells are read: the used range, the merged areas and the areas that
// hold formulas (so formulas are read only there). One batch for all sheets; when Excel refuses it (more than 512
// merged areas on a sheet, or too many formula areas) the read degrades sheet by sheet instead of failing.
import { rectToA1 } from '../engine/grid/address';
import type { Rect } from '../engine/grid/types';
import type { ExcelContextLike, RangeAreasLike, RangeLike, WorksheetLike } from './excel-api';
import { areaRects } from './raw-cell';

/** One visible sheet's layout. */
export interface SheetLayout {
  ws: WorksheetLike;
  name: string;
  /** The used range (values only), null for an empty sheet. */
  used: Rect | null;
  merges: Rect[];
  /** Where formulas are; 'unknown' when Excel could not say, so formulas are read with the values. */
  formulas: Rect[] | 'unknown';
}

function queueUsed(ws: WorksheetLike): RangeLike {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  return used;
}

function queueAreas(range: RangeLike, kind: 'merged' | 'formulas'): RangeAreasLike {
  const areas = kind === 'merged' ? range.getMergedAreasOrNullObject() : range.getSpecialCellsOrNullObject('Formulas');
  areas.load('areas/items/address');
  return areas;
}

function rectsOf(areas: RangeAreasLike): Rect[] {
  return areas.isNullObject ? [] : areaRects(areas.areas.items.map((a) => a.address));
}

function usedRect(used: RangeLike): Rect | null {
  if (used.isNullObject) return null;
  return { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
}

/** Used ranges, merged and formula areas of `sheets`: one sync, a few more only when Excel refuses the first. */
export async function readLayouts(context: ExcelContextLike, sheets: readonly WorksheetLike[]): Promise<SheetLayout[]> {
  try {
    const queued = sheets.map((ws) => ({ ws, used: queueUsed(ws), merged: queueAreas(ws.getRange(), 'merged'), formulas: queueAreas(ws.getRange(), 'formulas') }));
    await context.sync();
    return queued.map((q) => ({ ws: q.ws, name: q.ws.name, used: usedRect(q.used), merges: rectsOf(q.merged), formulas: rectsOf(q.formulas) }));
  } catch {
    const used = sheets.map(queueUsed);
    await context.sync();
    const layouts: SheetLayout[] = sheets.map((ws, i) => ({ ws, name: ws.name, used: usedRect(used[i]), merges: [], formulas: 'unknown' }));
    await readAreasInGroups(context, layouts.filter((l) => l.used !== null));
    return layouts;
  }
}

/** Areas of a group of sheets in one sync; a refused group is halved until the sheet at fault is alone. */
async function readAreasInGroups(context: ExcelContextLike, group: SheetLayout[]): Promise<void> {
  if (group.length === 0) return;
  try {
    const queued = group.map((l) => ({ l, merged: queueAreas(l.ws.getRange(), 'merged'), formulas: queueAreas(l.ws.getRange(), 'formulas') }));
    await context.sync();
    for (const { l, merged, formulas } of queued) {
      l.merges = rectsOf(merged);
      l.formulas = rectsOf(formulas);
    }
  } catch {
    if (group.length > 1) {
      const half = Math.ceil(group.length / 2);
      await readAreasInGroups(context, group.slice(0, half));
      await readAreasInGroups(context, group.slice(half));
    } else {
      await readOneSheetAreas(context, group[0]);
    }
  }
}

/** A sheet Excel refused: formula areas alone, merged areas in ever smaller row blocks. */
async function readOneSheetAreas(context: ExcelContextLike, layout: SheetLayout): Promise<void> {
  try {
    const formulas = queueAreas(layout.ws.getRange(), 'formulas');
    await context.sync();
    layout.formulas = rectsOf(formulas);
  } catch {
    layout.formulas = 'unknown';
  }
  const found = new Map<string, Rect>();
  if (layout.used) await mergesByRows(context, layout.ws, layout.used, found);
  layout.merges = [...found.values()];
}

async function mergesByRows(context: ExcelContextLike, ws: WorksheetLike, block: Rect, found: Map<string, Rect>): Promise<void> {
  try {
    const merged = queueAreas(ws.getRange(rectToA1(block)), 'merged');
    await context.sync();
    for (const r of rectsOf(merged)) found.set(rectToA1(r), r);
  } catch {
    if (block.bottom === block.top) return;
    const mid = block.top + Math.floor((block.bottom - block.top) / 2);
    await mergesByRows(context, ws, { ...block, bottom: mid }, found);
    await mergesByRows(context, ws, { ...block, top: mid + 1 }, found);
  }
}
