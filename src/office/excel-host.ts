// The WorkbookHost for Excel: every Excel.run of the add-in starts here, delegating to the batch functions
// (read-workbook, mark-cells, clear-marks, select-cell, narrative-sheet, workbook-settings) that tests drive with a
// strict fake. Each Excel.run waits for the clerk to finish editing a cell (delayForCellEdit) instead of failing.
import type { Finding } from '../engine/report';
import { HostError, type ReadProgress, type WorkbookHost } from '../host/workbook-host';
import { clearMarks } from './clear-marks';
import type { ExcelContextLike, MarkCapabilities } from './excel-api';
import { insertFindingsSheet } from './findings-sheet';
import { markCells } from './mark-cells';
import { insertNarrativeSheet } from './narrative-sheet';
import { readWorkbook } from './read-workbook';
import { selectCell } from './select-cell';
import { createEditWatcher, type EditWatcher } from './watch-edits';
import { loadWorkbookSetting, saveWorkbookSetting } from './workbook-settings';

/** Lowest ExcelApi set the add-in needs (merged areas); the manifest asks for the same. */
export const MIN_EXCEL_API = '1.13';

/** The Excel host plus what only Excel can do: re-check on edits. */
export interface ExcelHost extends WorkbookHost {
  kind: 'excel';
  /** Call `onEdit` (debounced) after the user edits a sheet; resolves to a function that stops watching. */
  watchEdits(onEdit: () => void, debounceMs?: number): Promise<() => Promise<void>>;
}

/** Which annotation APIs this Excel has: notes from ExcelApi 1.18, threaded comments from 1.10. */
export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): MarkCapabilities {
  return { notes: isSetSupported('ExcelApi', '1.18'), comments: isSetSupported('ExcelApi', '1.10') };
}

/** Options of one Excel.run (Excel.RunOptions): delayForCellEdit ExcelApi 1.11, mergeUndoGroup 1.20. */
export interface RunOptions {
  delayForCellEdit: boolean;
  mergeUndoGroup?: boolean;
}

/** Excel.run as the runner needs it (the real one, or the fake in tests). */
export interface ExcelRunner {
  run<T>(options: RunOptions, batch: (context: ExcelContextLike) => Promise<T>): Promise<T>;
}

/** A batch runner for one host. */
export type BatchRun = <T>(batch: (context: ExcelContextLike) => Promise<T>) => Promise<T>;

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑，再点一次。',
  AccessDenied: '工作表受保护，无法写入标注。请在「审阅 > 撤消工作表保护」后重试，或只查看任务窗格中的问题清单。',
  ItemNotFound: '要操作的工作表或单元格已不存在，可能刚被删除或重命名。请重新校验。',
  RequestPayloadSizeLimitExceeded: '这次要处理的内容太多，Excel 网页版无法一次完成。请关闭其他工作簿后重试，或在桌面版 Excel 中校验。',
  ResponsePayloadSizeLimitExceeded: '工作簿内容太多，Excel 网页版无法一次读取。请关闭其他工作簿后重试，或在桌面版 Excel 中校验。',
};

/** An Office error as a sentence the clerk can act on (the error code kept in brackets for support). */
export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = typeof (e as { code?: unknown } | null)?.code === 'string' ? (e as { code: string }).code : '';
  const known = MESSAGES[code];
  if (known) return new HostError(known);
  return new HostError(`Excel 未能完成操作${code ? `（${code}）` : ''}。请保存工作簿后重试；如仍失败，请关闭并重新打开工作簿。`);
}

/** Run batches through `excel` with delayForCellEdit (and one undo step per run where Excel offers it). */
export function createRunner(excel: ExcelRunner, supports: (name: string, version: string) => boolean): BatchRun {
  return async (batch) => {
    if (!supports('ExcelApi', MIN_EXCEL_API)) {
      throw new HostError('此版本的 Excel 不支持本加载项所需的功能（ExcelApi 1.13）。请使用 Microsoft 365、Excel 2021 或更新版本，或 Excel 网页版。');
    }
    const options: RunOptions = supports('ExcelApi', '1.20') ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true };
    try {
      return await excel.run(options, batch);
    } catch (e) {
      throw toHostError(e);
    }
  };
}

/** The workbook's file name from Office.context.document.url; a literal % (100%完成.xlsx) is kept as it is. */
export function workbookNameFromUrl(url: string | null | undefined): string {
  const last = (url ?? '').split(/[?#]/)[0].split(/[\\/]/).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    name = last;
  }
  return name || '当前工作簿';
}

/** What a workbook host needs from its environment; Excel's in createExcelHost, a fake's in tests. */
export interface HostDeps {
  run: BatchRun;
  caps: MarkCapabilities;
  name: () => string;
}

/** The WorkbookHost over any batch runner; settings and mark records are read fresh inside each run. */
export function createContextHost(deps: HostDeps, ownWrite: <T>(write: () => Promise<T>) => Promise<T> = (w) => w()): WorkbookHost {
  const { run, caps } = deps;
  const write = <T>(batch: (context: ExcelContextLike) => Promise<T>): Promise<T> => ownWrite(() => run(batch));
  return {
    kind: 'excel',
    name: deps.name,
    readGrid: (onProgress?: (p: ReadProgress) => void) => run(async (context) => (await readWorkbook(context, onProgress)).grid),
    markFindings: (findings: readonly Finding[]) => write((context) => markCells(context, findings, caps)),
    clearMarks: () => write((context) => clearMarks(context, caps)),
    selectCell: (sheet: string, cell: string) => run((context) => selectCell(context, sheet, cell)),
    loadSetting: <T>(key: string) => run(async (context) => (await loadWorkbookSetting(context, key)) as T | undefined),
    saveSetting: <T>(key: string, value: T) => run((context) => saveWorkbookSetting(context, key, value)),
    insertNarrativeSheet: (paragraphs: readonly string[]) => write((context) => insertNarrativeSheet(context, paragraphs)),
    insertFindingsSheet: (header, rows) => write((context) => insertFindingsSheet(context, header, rows)),
  };
}

function supports(name: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(name, version);
}

/** The host the task pane and the ribbon commands use inside Excel. */
export function createExcelHost(): ExcelHost {
  let watcher: EditWatcher | undefined;
  const ownWrite = <T>(w: () => Promise<T>): Promise<T> => (watcher ? watcher.ownWrite(w) : w());
  const excel: ExcelRunner = { run: (options, batch) => Excel.run(options, (context: Excel.RequestContext) => batch(context)) };
  const deps: HostDeps = {
    run: createRunner(excel, supports),
    caps: detectCapabilities(supports),
    name: () => workbookNameFromUrl(Office.context.document.url),
  };
  return {
    ...createContextHost(deps, ownWrite),
    kind: 'excel',
    watchEdits: async (onEdit, debounceMs) => {
      const w = createEditWatcher(onEdit, { debounceMs });
      watcher = w;
      const registration = await Excel.run(async (context) => {
        const handler = context.workbook.worksheets.onChanged.add(async () => w.notify());
        await context.sync();
        return handler;
      });
      return async () => {
        w.dispose();
        if (watcher === w) watcher = undefined;
        await Excel.run(registration.context, async (context) => {
          registration.remove();
          await context.sync();
        });
      };
    },
  };
}
