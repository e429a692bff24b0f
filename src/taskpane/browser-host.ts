// WorkbookHost for the web page: a picked .xlsx read and checked in the engine worker, marks kept in memory for
// the annotated download, settings in localStorage keyed by the file's content (SHA-256), never by its name:
// another department's workbook with the same name must not reuse these figures. Nothing leaves the machine.
import type { Grid } from '../engine/grid/types';
import type { Finding } from '../engine/report';
import type { AnnotateExtras } from '../xlsx/annotate';
import { contentKey } from './content-key';
import type { ReadProgress, WorkbookHost } from './host';
import type { EngineRunner } from './worker/runner';

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
  /** The annotated copy, written where the check ran (the worker); absent without a runner. */
  annotate?(findings: readonly Finding[], extras?: AnnotateExtras): Promise<Uint8Array>;
}

/** Storage as far as the host uses it (localStorage, or a Map-backed fake in tests). */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

function storageKey(fileKey: string, key: string): string {
  return `budgetDisclosure:${fileKey}:${key}`;
}

/**
 * Create the browser host for one picked file; `read` turns bytes into a Grid on the page (tests, 科目表 files),
 * `runner` reads and checks in the engine worker (the page never holds the Grid then).
 */
export function createBrowserHost(
  file: PickedFile,
  read: (bytes: Uint8Array) => Promise<Grid>,
  storage: SettingsStorage | undefined = globalThis.localStorage,
  runner?: EngineRunner,
): BrowserHost {
  let marks: readonly Finding[] = [];
  let grid: Promise<Grid> | null = null;
  let key: Promise<string> | null = null;
  const fileKey = (): Promise<string> => (key ??= contentKey(file.bytes));
  const listeners = new Set<(s: CellSelection) => void>();
  const worker = runner
    ? {
        checkWorkbook: (imported: Parameters<EngineRunner['check']>[2], onProgress: (p: ReadProgress) => void, signal: AbortSignal) =>
          runner.check(file.bytes, file.name, imported, onProgress, signal),
        annotate: (findings: readonly Finding[], extras?: AnnotateExtras) => runner.annotate(findings, extras),
      }
    : {};
  return {
    ...worker,
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
      const text = storage?.getItem(storageKey(await fileKey(), key));
      if (text == null) return undefined;
      try {
        return JSON.parse(text) as T;
      } catch {
        return undefined;
      }
    },
    async saveSetting<T>(key: string, value: T): Promise<void> {
      storage?.setItem(storageKey(await fileKey(), key), JSON.stringify(value));
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
