// WorkbookHost for the web page: a picked .xlsx read in the browser, marks kept in memory for the
// annotated download, settings in localStorage keyed by file name. Nothing leaves the machine.
import type { Grid } from '../engine/grid/types';
import type { Finding } from '../engine/report';
import type { ReadProgress, WorkbookHost } from './host';

/** A workbook picked in the browser. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** The cell a finding points at, as selected in the page's cell preview. */
export interface CellSelection {
  sheet: string;
  cell: string;
}

/** The browser host plus what the page needs for its download and cell preview. */
export interface BrowserHost extends WorkbookHost {
  kind: 'browser';
  /** The file's original bytes (never modified; the annotated copy is a new file). */
  readonly bytes: Uint8Array;
  /** Findings currently marked (what the annotated copy will show). */
  marks(): readonly Finding[];
  /** Subscribe to selectCell calls; returns the unsubscribe function. */
  onSelect(listener: (s: CellSelection) => void): () => void;
}

/** Storage as far as the host uses it (localStorage, or a Map-backed fake in tests). */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

function storageKey(file: string, key: string): string {
  return `budgetDisclosure:${file}:${key}`;
}

/** Create the browser host for one picked file; `read` turns bytes into a Grid (exceljs, loaded lazily). */
export function createBrowserHost(
  file: PickedFile,
  read: (bytes: Uint8Array) => Promise<Grid>,
  storage: SettingsStorage | undefined = globalThis.localStorage,
): BrowserHost {
  let marks: readonly Finding[] = [];
  let grid: Promise<Grid> | null = null;
  const listeners = new Set<(s: CellSelection) => void>();
  return {
    kind: 'browser',
    bytes: file.bytes,
    name: () => file.name,
    async readGrid(onProgress?: (p: ReadProgress) => void): Promise<Grid> {
      onProgress?.({ fraction: 0.1, label: `正在读取「${file.name}」…` });
      grid ??= read(file.bytes);
      try {
        return await grid;
      } catch (e) {
        grid = null;
        throw e;
      }
    },
    async markFindings(findings) {
      marks = [...findings];
    },
    async clearMarks() {
      marks = [];
    },
    async selectCell(sheet, cell) {
      for (const l of listeners) l({ sheet, cell });
    },
    async loadSetting<T>(key: string): Promise<T | undefined> {
      const text = storage?.getItem(storageKey(file.name, key));
      if (text == null) return undefined;
      try {
        return JSON.parse(text) as T;
      } catch {
        return undefined;
      }
    },
    async saveSetting<T>(key: string, value: T): Promise<void> {
      storage?.setItem(storageKey(file.name, key), JSON.stringify(value));
    },
    async insertNarrativeSheet() {
      return '信息公开情况说明';
    },
    marks: () => marks,
    onSelect(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** True when a host is the browser one (the page shows its download and preview). */
export function isBrowserHost(host: WorkbookHost | null): host is BrowserHost {
  return host !== null && host.kind === 'browser' && 'marks' in host;
}
