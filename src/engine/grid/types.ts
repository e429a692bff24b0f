// The engine's view of a workbook: sheets of normalized cells, 0-based, host-independent.
import type { Money } from '../money';

/** A cell position; row and col are 0-based. A1 text exists only at the edges. */
export interface CellAddress {
  sheet: string;
  row: number;
  col: number;
}

/** A rectangular block on one sheet, inclusive, 0-based. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * What a cell holds after normalization at the edge:
 * - number: plain numbers, numbers stored as text, full-width digits, thousands separators;
 * - dash: "-", "—", "－" and the like, a deliberate "nothing";
 * - text: anything else (names, "3232.07元");
 * - error: formula errors (#REF!, #DIV/0!).
 */
export type CellValue =
  | { kind: 'blank' }
  | {
      kind: 'number';
      num: Money;
      storedAsText: boolean;
      /**
       * centsOf(num) and num.decimalPlaces(), worked out once where the value is made (normalize.ts numberValue):
       * cells with the same number share the value, and every sum rule asks for its cents. Absent on a value built
       * elsewhere (a test's literal): then they are read from `num`.
       */
      cents?: number | null;
      places?: number;
    }
  | { kind: 'dash' }
  | { kind: 'text'; text: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; code: string };

export interface Cell {
  value: CellValue;
  /** What the user sees, exactly as the host displays it (never used for arithmetic). */
  text: string;
  formula?: string;
  numFmt?: string;
  /** Decimals shown, from the number format or the typed text; undefined when unknown (General). */
  decimals?: number;
  /**
   * A formula whose file holds no value for it (openpyxl and some export tools save none, or the book was saved
   * with manual calculation) and that the engine could not compute either (src/engine/formula): the cell reads as
   * blank, but its real figure is unknown, so no sum through it can be checked.
   */
  uncomputed?: true;
  /** The value was computed by the engine from the formula, because the file held none (src/engine/formula). */
  computed?: true;
  /** Indent level of the cell's alignment (names-only tables show 款 and 项 by indenting); absent when none. */
  indent?: number;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface Sheet {
  name: string;
  /** cells[row][col]; holes are blank cells. */
  cells: (Cell | undefined)[][];
  merges: Rect[];
  state: SheetState;
  /** 0-based rows the workbook hides, when the host reports them (the .xlsx reader does). */
  hiddenRows?: number[];
  /** 0-based columns the workbook hides, when the host reports them. */
  hiddenCols?: number[];
}

export interface Grid {
  sheets: Sheet[];
}

/** What a host adapter (exceljs, office-js) hands over for one cell before normalization. */
export interface RawCell {
  /** Stored value, or a formula's cached result. Dates arrive as Date. */
  value: string | number | boolean | Date | null | undefined;
  /** Displayed text when the host knows it. */
  text?: string;
  formula?: string;
  numFmt?: string;
  /** Error code when the value is an error (#REF!). */
  error?: string;
  /** Alignment indent level (Excel 「增加缩进量」), when the host reads it. */
  indent?: number;
}
