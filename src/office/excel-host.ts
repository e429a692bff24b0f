// The WorkbookHost for Excel: every Excel.run of the add-in starts here, delegating to the batch functions
// (read-workbook, mark-cells, clear-marks, select-cell, narrative-sheet) that tests drive with a fake context.
import type { Finding } from '../engine/report';
import { HostError, type ReadProgress, type WorkbookHost } from '../taskpane/host';
import { clearMarks } from './clear-marks';
import type { ExcelContextLike, MarkCapabilities } from './excel-api';
import { markCells } from './mark-cells';
import { insertNarrativeSheet } from './narrative-sheet';
import { readWorkbook } from './read-workbook';
import { selectCell } from './select-cell';
import { officeSettingsStore, type SettingsStore } from './settings';
import { createEditWatcher, type EditWatcher } from './watch-edits';

/** Lowest ExcelApi set the add-in needs (merged areas); the manifest asks for the same. */
export const MIN_EXCEL_API = '1.13';

/** The Excel host plus what only Excel can do: re-check on edits. */
export interface ExcelHost extends WorkbookHost {
  kind: 'excel';
  /** Call `onEdit` (debounced) after the user edits a sheet; resolves to a function that stops watching. */
  watchEdits(onEdit: () => void, debounceMs?: number): Promise<() => Promise<void>>;
}

/** Which annotation APIs this Excel has: notes from ExcelApi 1.18, else comments (1.14), else fill only. */
export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): MarkCapabilities {
  return { notes: isSetSupported('ExcelApi', '1.18'), comments: isSetSupported('ExcelApi', '1.14') };
}

function supports(name: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(name, version);
}

/** Run a batch against the workbook, turning Office errors into a message the clerk can act on. */
async function run<T>(batch: (context: ExcelContextLike) => Promise<T>): Promise<T> {
  if (!supports('ExcelApi', MIN_EXCEL_API)) {
    throw new HostError('此版本的 Excel 不支持本加载项所需的功能（ExcelApi 1.13）。请使用 Microsoft 365、Excel 2021 或更新版本，或 Excel 网页版。');
  }
  try {
    return await Excel.run((context: Excel.RequestContext) => batch(context));
  } catch (e) {
    if (e instanceof HostError) throw e;
    const code = e instanceof OfficeExtension.Error ? `（${e.code}）` : '';
    throw new HostError(`Excel 未能完成操作${code}。请先退出单元格编辑状态，再重试；如仍失败，请保存并重新打开工作簿。`);
  }
}

function workbookName(): string {
  const url = Office.context.document.url ?? '';
  const name = decodeURIComponent(url.split(/[\\/]/).pop() ?? '');
  return name || '当前工作簿';
}

/** What a workbook host needs from its environment; Excel's in createExcelHost, a fake's in tests. */
export interface HostDeps {
  run: <T>(batch: (context: ExcelContextLike) => Promise<T>) => Promise<T>;
  store: SettingsStore;
  caps: MarkCapabilities;
  name: () => string;
}

/** The WorkbookHost over any context runner: remembers sheet names from the last read so marking takes 2 syncs. */
export function createContextHost(deps: HostDeps, ownWrite: <T>(write: () => Promise<T>) => Promise<T> = (w) => w()): WorkbookHost {
  const { run, store, caps } = deps;
  let sheetNames: string[] | undefined;
  const write = <T>(batch: (context: ExcelContextLike) => Promise<T>): Promise<T> => ownWrite(() => run(batch));
  return {
    kind: 'excel',
    name: deps.name,
    readGrid: (onProgress?: (p: ReadProgress) => void) =>
      run(async (context) => {
        const read = await readWorkbook(context, onProgress);
        sheetNames = read.sheetNames;
        return read.grid;
      }),
    markFindings: async (findings: readonly Finding[]) => {
      await write((context) => markCells(context, findings, store, caps, sheetNames));
    },
    clearMarks: async () => {
      await write((context) => clearMarks(context, store, caps, sheetNames));
    },
    selectCell: (sheet: string, cell: string) => run((context) => selectCell(context, sheet, cell)),
    loadSetting: async <T>(key: string) => store.get(key) as T | undefined,
    saveSetting: async <T>(key: string, value: T) => {
      store.set(key, value);
      await store.save();
    },
    insertNarrativeSheet: (paragraphs: readonly string[]) => write((context) => insertNarrativeSheet(context, paragraphs)),
  };
}

/** The host the task pane and the ribbon commands use inside Excel. */
export function createExcelHost(): ExcelHost {
  let watcher: EditWatcher | undefined;
  const ownWrite = <T>(write: () => Promise<T>): Promise<T> => (watcher ? watcher.ownWrite(write) : write());
  const deps: HostDeps = { run, store: officeSettingsStore(), caps: detectCapabilities(supports), name: workbookName };
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
