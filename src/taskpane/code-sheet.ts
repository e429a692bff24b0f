// A sheet read as an imported 科目表, or the clerk told why it is not one: shared by the pane (Excel, or a file
// picked for its 科目表) and the web page's engine worker, which holds the checked workbook.
import { parseCodeTable } from '../engine/codes/import';
import type { ImportedCodeTable } from '../engine/codes/imported';
import type { Sheet } from '../engine/grid/types';
import { UserError } from './errors';

/** The sheet's 科目表 for `year`; a UserError naming the sheet when it has no code and name columns. */
export function parseCodeSheet(sheet: Sheet, year: number): ImportedCodeTable {
  const table = parseCodeTable(sheet, year);
  if (!table) throw new UserError(`工作表「${sheet.name}」中没有找到科目编码和科目名称列。请选择包含「科目编码」「科目名称」的工作表。`);
  return table;
}
