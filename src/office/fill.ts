// A cell's fill as it was before we marked it, with all five properties Excel exposes, and how to put it back.
import { MARK_FILL } from '../engine/mark-style';
import type { RangeFillLike, RangeLike } from './excel-api';

/** A fill to restore; absent optional parts are Excel's defaults (no pattern colour, no tint). */
export interface SavedFill {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

/** Fill properties a probe loads (all ExcelApi 1.9 or older). */
export const FILL_PROPERTIES = ['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'];

const GRADIENTS = new Set(['LinearGradient', 'RectangularGradient']);
const MARK_COLORS = new Set(Object.values(MARK_FILL).map((c) => c.toUpperCase()));

/** The fill as loaded (FILL_PROPERTIES), null when the cell has none. */
export function readFill(fill: RangeFillLike): SavedFill | null {
  if (fill.pattern === 'None' || fill.pattern === null) return null;
  const saved: SavedFill = { color: fill.color, pattern: fill.pattern };
  if (typeof fill.patternColor === 'string' && fill.pattern !== 'Solid') saved.patternColor = fill.patternColor;
  if (typeof fill.tintAndShade === 'number' && fill.tintAndShade !== 0) saved.tintAndShade = fill.tintAndShade;
  if (typeof fill.patternTintAndShade === 'number' && fill.patternTintAndShade !== 0) saved.patternTintAndShade = fill.patternTintAndShade;
  return saved;
}

/** Gradients cannot be written by the Excel API, so a gradient cell keeps its fill and gets a note only. */
export function isGradient(fill: SavedFill | null): boolean {
  return fill !== null && GRADIENTS.has(fill.pattern);
}

/** True when the fill is plain `color` as we write it. */
export function isFill(fill: SavedFill | null, color: string): boolean {
  return fill !== null && fill.pattern === 'Solid' && !fill.tintAndShade && fill.color.toUpperCase() === color.toUpperCase();
}

/** True when the fill is one of our mark colours: never recorded as a cell's original (it is our leftover). */
export function isMarkFill(fill: SavedFill | null): boolean {
  return fill !== null && fill.pattern === 'Solid' && !fill.tintAndShade && MARK_COLORS.has(fill.color.toUpperCase());
}

/** Queue putting a fill back exactly: fill.clear() for none (never white), then colour, pattern, pattern colour, tints. */
export function queueSetFill(range: RangeLike, fill: SavedFill | null): void {
  const f = range.format.fill;
  f.clear();
  if (fill === null || isGradient(fill)) return;
  f.color = fill.color;
  if (fill.pattern !== 'Solid') f.pattern = fill.pattern;
  if (fill.patternColor !== undefined) f.patternColor = fill.patternColor;
  if (fill.tintAndShade !== undefined) f.tintAndShade = fill.tintAndShade;
  if (fill.patternTintAndShade !== undefined) f.patternTintAndShade = fill.patternTintAndShade;
}

/** True for a well-formed SavedFill read back from the settings. */
export function isSavedFill(v: unknown): v is SavedFill {
  if (typeof v !== 'object' || v === null) return false;
  const f = v as Record<string, unknown>;
  const optional = (k: string, t: string) => f[k] === undefined || typeof f[k] === t;
  return typeof f.color === 'string' && typeof f.pattern === 'string' && optional('patternColor', 'string') &&
    optional('tintAndShade', 'number') && optional('patternTintAndShade', 'number');
}
