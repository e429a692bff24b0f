// The subset of the Excel JavaScript API the Office layer uses, as structural types. The real
// Excel.RequestContext satisfies them (excel-host.ts passes one in, so tsc checks it), and tests pass a strict
// in-memory fake instead of loading office.js. Every member names the requirement set it needs; the manifest asks
// for ExcelApi 1.13, and newer members (notes, 1.18) are used only after Office.context.requirements says so.

/** Anything whose properties arrive only after `load` + `context.sync()`. */
export interface LoadableLike {
  load(propertyNames?: string | string[]): unknown;
}

/**
 * Cell fill (ExcelApi 1.1; pattern, patternColor, tintAndShade, patternTintAndShade 1.9). `pattern` is 'None' when
 * the cell has no fill, which `color` ('#FFFFFF') cannot tell from white. Gradients cannot be written back.
 */
export interface RangeFillLike extends LoadableLike {
  color: string;
  pattern: string;
  patternColor: string | null;
  tintAndShade: number | null;
  patternTintAndShade: number | null;
  clear(): void;
}

/** A rectangular range. Arrays are row-major. */
export interface RangeLike extends LoadableLike {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  readonly text: string[][];
  numberFormat: unknown[][];
  readonly formulas: unknown[][];
  readonly format: { readonly fill: RangeFillLike; wrapText: boolean; columnWidth: number };
  /** Merged areas (ExcelApi 1.13); the call fails when the range holds more than 512 of them. */
  getMergedAreasOrNullObject(): RangeAreasLike;
  /** Cells holding formulas (ExcelApi 1.9), so formulas are read only where there are some. */
  getSpecialCellsOrNullObject(cellType: 'Formulas'): RangeAreasLike;
  select(): void;
}

/** Several rectangles of one sheet (ExcelApi 1.9). */
export interface RangeAreasLike extends LoadableLike {
  readonly isNullObject: boolean;
  readonly areas: { readonly items: readonly { readonly address: string }[] };
}

/** A legacy note (ExcelApi 1.18). */
export interface NoteLike extends LoadableLike {
  readonly isNullObject: boolean;
  content: string;
  delete(): void;
}

/** The notes of one sheet (ExcelApi 1.18); a cell with a threaded comment cannot take a note. */
export interface NoteCollectionLike {
  add(cellAddress: RangeLike | string, content: string): unknown;
  getItemOrNullObject(key: string): NoteLike;
}

/** A threaded comment (ExcelApi 1.10); a cell with a legacy note cannot take one. */
export interface CommentLike extends LoadableLike {
  readonly isNullObject: boolean;
  readonly id: string;
  content: string;
  delete(): void;
  /** The cell the comment is on (ExcelApi 1.10). */
  getLocation(): RangeLike;
}

/** The workbook's threaded comments (ExcelApi 1.10). */
export interface CommentCollectionLike extends LoadableLike {
  readonly items: readonly CommentLike[];
  add(cellAddress: RangeLike | string, content: string): CommentLike;
}

/** Sheet protection (ExcelApi 1.2): writing a fill or a note to a protected sheet fails with AccessDenied. */
export interface WorksheetProtectionLike extends LoadableLike {
  readonly protected: boolean;
}

export interface WorksheetLike extends LoadableLike {
  readonly isNullObject: boolean;
  /** Stable while the workbook is open (renaming keeps it); may change when the file is reopened. */
  readonly id: string;
  readonly name: string;
  readonly visibility: string;
  readonly protection: WorksheetProtectionLike;
  readonly notes: NoteCollectionLike;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  getRange(address?: string): RangeLike;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeLike;
  activate(): void;
}

export interface WorksheetCollectionLike extends LoadableLike {
  readonly items: readonly WorksheetLike[];
  /** By name (case-insensitive) or by id. */
  getItem(key: string): WorksheetLike;
  getItemOrNullObject(key: string): WorksheetLike;
  add(name?: string): WorksheetLike;
}

/** One key/value pair stored in the document for this add-in (ExcelApi 1.4). */
export interface SettingLike extends LoadableLike {
  readonly isNullObject: boolean;
  value: unknown;
  delete(): void;
}

/**
 * The document's settings as the workbook holds them (ExcelApi 1.4): read inside each Excel.run, so the task pane
 * and the ribbon's function file see each other's writes (Office.context.document.settings is an in-memory copy
 * per runtime whose saveAsync writes the whole copy back).
 */
export interface SettingCollectionLike {
  add(key: string, value: unknown): unknown;
  getItemOrNullObject(key: string): SettingLike;
}

export interface WorkbookLike {
  readonly worksheets: WorksheetCollectionLike;
  readonly comments: CommentCollectionLike;
  readonly settings: SettingCollectionLike;
}

/** What Excel.run hands to its batch function. */
export interface ExcelContextLike {
  readonly workbook: WorkbookLike;
  sync(): Promise<unknown>;
}

/** Which ways of annotating a cell this Excel supports (detected at run time, see excel-host.ts). */
export interface MarkCapabilities {
  /** ExcelApi 1.18: legacy notes. */
  notes: boolean;
  /** ExcelApi 1.10: threaded comments (used when notes are missing). */
  comments: boolean;
}
