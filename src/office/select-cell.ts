// Taking the clerk to a finding: activate its sheet and select its cell.
import { parseA1 } from '../engine/grid/address';
import { HostError } from '../host/workbook-host';
import type { ExcelContextLike } from './excel-api';

/** Activate `sheet` and select `cell` (A1); a clear zh-CN HostError when the sheet is gone. */
export async function selectCell(context: ExcelContextLike, sheet: string, cell: string): Promise<void> {
  const a1 = cell.replace(/\$/g, '').toUpperCase();
  if (!parseA1(a1)) throw new HostError(`单元格地址「${cell}」无效。`);
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load('name');
  await context.sync();
  if (ws.isNullObject) throw new HostError(`找不到工作表「${sheet}」，可能已被重命名或删除。请重新校验。`);
  ws.activate();
  ws.getRange(a1).select();
  await context.sync();
}
