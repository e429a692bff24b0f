// One cell as Excel hands it over -> the engine's RawCell, and A1 addresses of Excel's answers -> Rects.
import { parseRangeA1 } from '../engine/grid/address';
import type { RawCell, Rect } from '../engine/grid/types';

/** Error values Excel shows in a cell (valueTypes is not loaded: an error's value is its code). */
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

/** One cell as Excel reports it -> RawCell; null for an empty cell without formula. `text` only for numbers. */
export function toRawCell(value: unknown, numFmt: unknown, formula: unknown, text?: unknown): RawCell | null {
  const hasFormula = typeof formula === 'string' && formula.startsWith('=');
  if ((value === '' || value === null || value === undefined) && !hasFormula) return null;
  const raw: RawCell = {
    value: typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' ? value : null,
  };
  if (typeof text === 'string') raw.text = text;
  if (typeof numFmt === 'string' && numFmt !== 'General') raw.numFmt = numFmt;
  if (hasFormula) raw.formula = formula as string;
  if (typeof value === 'string' && ERROR_VALUE.test(value)) raw.error = value;
  return raw;
}

/** True when Excel's displayed text is worth loading for the value (numbers and booleans show differently). */
export function needsText(value: unknown): boolean {
  return typeof value === 'number' || typeof value === 'boolean';
}

/** "'Sheet 1'!A1:H1" -> Rect, dropping the sheet part. */
export function addressToRect(address: string): Rect | null {
  const bang = address.lastIndexOf('!');
  return parseRangeA1((bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, ''));
}

/** Rects of a RangeAreas' area addresses (each one rectangle, "Sheet!A1:B2"). */
export function areaRects(addresses: readonly string[]): Rect[] {
  return addresses.map(addressToRect).filter((r): r is Rect => r !== null);
}
