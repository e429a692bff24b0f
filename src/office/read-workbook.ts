// Reading the open workbook into the engine's Grid: one sync for the sheet list, one for every visible sheet's used
// range, merged areas and formula areas, then the cells in batches sized by bytes (Excel on the web refuses a
// request or a response over 5 MB), the displayed text of number columns riding one batch behind.
import { rectToA1 } from '../engine/grid/address';
import { buildSheet } from '../engine/grid/sheet';
import type { Grid } from '../engine/grid/types';
import { HostError, type ReadProgress } from '../host/workbook-host';
import type { ExcelContextLike } from './excel-api';
import { readCells } from './read-cells';
import { readLayouts, type SheetLayout } from './read-layout';
import { BATCH_BUDGET } from './wire-size';

export { addressToRect, toRawCell } from './raw-cell';

/** A workbook read: the Grid of visible sheets plus every sheet name (hidden ones too). */
export interface WorkbookRead {
  grid: Grid;
  sheetNames: string[];
}

/** Options for tests: the byte budget of one batch. */
export interface ReadOptions {
  budget?: number;
}

/** Read every visible sheet (values, displayed text of numbers, number formats, formulas, merged areas) into a Grid. */
export async function readWorkbook(
  context: ExcelContextLike,
  onProgress: (p: ReadProgress) => void = () => undefined,
  options: ReadOptions = {},
): Promise<WorkbookRead> {
  onProgress({ fraction: 0, label: '正在读取工作表列表' });
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const sheetNames = sheets.items.map((s) => s.name);
  const visible = sheets.items.filter((s) => s.visibility === 'Visible');

  onProgress({ fraction: 0.2, label: `正在读取 ${visible.length} 张工作表的范围` });
  const layouts = await readLayouts(context, visible);
  refuseHugeSheets(layouts);
  const rows = await readCells(context, layouts, (done, total) => {
    if (total > 0) onProgress({ fraction: 0.3 + (0.7 * done) / total, label: `正在读取单元格（${done}/${total} 行）` });
  }, options.budget ?? BATCH_BUDGET);
  onProgress({ fraction: 1, label: '读取完成' });
  return { grid: { sheets: layouts.map((l, i) => buildSheet(l.name, rows[i], l.merges, 'visible')) }, sheetNames };
}

/**
 * Most cells a sheet's used range may span: 3 million is far beyond any 部门预算 table. A larger used range nearly
 * always comes from a stray value in a far corner (XFD1048576), and reading it would take hundreds of thousands of
 * syncs: say where it is instead.
 */
export const MAX_USED_CELLS = 3_000_000;

function refuseHugeSheets(layouts: readonly SheetLayout[]): void {
  for (const { used, name } of layouts) {
    if (!used) continue;
    const rows = used.bottom - used.top + 1;
    const cols = used.right - used.left + 1;
    if (rows * cols <= MAX_USED_CELLS) continue;
    throw new HostError(
      `工作表「${name}」的已用范围是 ${rectToA1(used)}（${rows} 行 × ${cols} 列），大得无法读取，通常是远处的单元格误填了内容。` +
        '请按 Ctrl+End 找到最后一个单元格，删除多余的行和列后保存，再重新校验。',
    );
  }
}
