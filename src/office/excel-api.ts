// The subset of the Excel JavaScript API the Office layer uses, as structural types. The real
// Excel.RequestContext satisfies them (excel-host.ts passes one in, so tsc checks it), and tests pass a small
// in-memory fake instead of loading office.js.

/** Anything whose properties arrive only after `load` + `context.sync()`. */
export interface LoadableLike {
  load(propertyNames?: string | string[]): unknown;
}

/** Cell fill; `pattern` is 'None' when the cell has no fill (ExcelApi 1.9), which `color` cannot tell from white. */
export interface RangeFillLike extends LoadableLike {
  color: string;
  pattern: string;
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
  readonly valueTypes: string[][];
  readonly format: { readonly fill: RangeFillLike; wrapText: boolean; columnWidth: number };
  getMergedAreasOrNullObject(): RangeAreasLike;
  select(): void;
}

/** Merged areas of a range (ExcelApi 1.13). */
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

export interface NoteCollectionLike {
  add(cellAddress: RangeLike | string, content: string): unknown;
  getItemOrNullObject(key: string): NoteLike;
}

/** A threaded comment (ExcelApi 1.10; getItemOrNullObject needs 1.14). */
export interface CommentLike extends LoadableLike {
  readonly isNullObject: boolean;
  readonly id: string;
  content: string;
  delete(): void;
}

export interface CommentCollectionLike {
  add(cellAddress: RangeLike | string, content: string): CommentLike;
  getItemOrNullObject(commentId: string): CommentLike;
}

export interface WorksheetLike extends LoadableLike {
  readonly isNullObject: boolean;
  readonly name: string;
  readonly visibility: string;
  readonly notes: NoteCollectionLike;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  getRange(address?: string): RangeLike;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeLike;
  activate(): void;
}

export interface WorksheetCollectionLike extends LoadableLike {
  readonly items: readonly WorksheetLike[];
  getItem(key: string): WorksheetLike;
  getItemOrNullObject(key: string): WorksheetLike;
  add(name?: string): WorksheetLike;
}

export interface WorkbookLike {
  readonly worksheets: WorksheetCollectionLike;
  readonly comments: CommentCollectionLike;
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
  /** ExcelApi 1.14: threaded comments that can be found again by id. */
  comments: boolean;
}
