// Where a prior-year figure was read, as the clerk reads it: the table's title, then page and line in a PDF or
// sheet!cell in a workbook (shared by the command line and the page).
import { addressToA1 } from '../engine/grid/address';
import type { PriorSource } from '../engine/narrative/prior-sources';
import { spotOf } from './pdf/locate';
import type { PdfSpot } from './pdf/text-types';

/** 「部门预算支出总表」第 4 页第 9 行 / 「部门预算支出总表」表3!E6 / 由表中各项相加得出. */
export function priorSourceText(s: PriorSource, spots?: ReadonlyMap<string, PdfSpot>): string {
  if (!s.address) return '由表中各项相加得出';
  const cell = addressToA1(s.address);
  const spot = spots ? spotOf(spots, s.address.sheet, cell) : undefined;
  const at = spot ? `第 ${spot.page} 页第 ${spot.line} 行` : `${s.address.sheet}!${cell}`;
  return s.table ? `「${s.table.title}」${at}` : at;
}
