// Per-workbook memory of what the add-in marked, kept in the document's settings so 「清除标注」 works
// after the workbook is closed and reopened, and from the ribbon as well as the task pane.

/** A cell's fill before we marked it; null in MarkRecord means "no fill" (restored with fill.clear()). */
export interface SavedFill {
  color: string;
  pattern: string;
}

/** One marked cell. */
export interface MarkRecord {
  sheet: string;
  /** A1, no sheet, no $. */
  cell: string;
  /** The fill before the first mark; null for no fill. */
  original: SavedFill | null;
  /** The fill colour we wrote, to tell our fill from one the user set later. */
  markColor: string;
  /** What we added to the cell, so clearing removes only that. */
  added: 'note' | 'comment' | null;
  /** Id of the comment we added (comments only). */
  commentId?: string;
}

/** Settings key holding MarkRecord[] as JSON. */
export const MARKS_KEY = 'budgetDisclosure.marks';

/** Key/value storage that lives in the workbook (Office document settings) or in memory (tests). */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  /** Persist pending changes into the document. */
  save(): Promise<void>;
}

/** The document settings of the open workbook. */
export function officeSettingsStore(): SettingsStore {
  const settings = Office.context.document.settings;
  return {
    get: (key) => settings.get(key) ?? undefined,
    set: (key, value) => settings.set(key, value),
    remove: (key) => settings.remove(key),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(result.error?.message ?? 'settings.saveAsync failed'));
        });
      }),
  };
}

/** A store kept in a Map (tests, and hosts without document settings). */
export function memorySettingsStore(initial: Record<string, unknown> = {}): SettingsStore & { saves: number } {
  const data = new Map<string, unknown>(Object.entries(initial));
  const store = {
    saves: 0,
    get: (key: string) => data.get(key),
    set: (key: string, value: unknown) => void data.set(key, JSON.parse(JSON.stringify(value)) as unknown),
    remove: (key: string) => void data.delete(key),
    save: async () => {
      store.saves++;
    },
  };
  return store;
}

function isSavedFill(v: unknown): v is SavedFill {
  return typeof v === 'object' && v !== null && typeof (v as SavedFill).color === 'string' &&
    typeof (v as SavedFill).pattern === 'string';
}

function isMarkRecord(v: unknown): v is MarkRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<MarkRecord>;
  return typeof r.sheet === 'string' && typeof r.cell === 'string' && typeof r.markColor === 'string' &&
    (r.original === null || isSavedFill(r.original)) &&
    (r.added === null || r.added === 'note' || r.added === 'comment');
}

/** The marks remembered in this workbook; anything malformed is ignored rather than trusted. */
export function loadMarks(store: SettingsStore): MarkRecord[] {
  const v = store.get(MARKS_KEY);
  return Array.isArray(v) ? v.filter(isMarkRecord) : [];
}

/** Remember these marks (an empty list removes the key) and persist the settings. */
export async function saveMarks(store: SettingsStore, marks: readonly MarkRecord[]): Promise<void> {
  if (marks.length === 0) store.remove(MARKS_KEY);
  else store.set(MARKS_KEY, marks);
  await store.save();
}
