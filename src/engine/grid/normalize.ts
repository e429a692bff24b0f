// Normalization happens once, when a host's raw cell becomes a Cell: the rest of the engine never re-parses text.
import { centsOf, decimalsOf, formatAmount, formatPlain, money, parseAmount, type Money } from '../money';
import type { Cell, CellValue, RawCell } from './types';

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

/** Full-width ASCII (３２３２．０７，－) to half-width; the ideographic space to a space. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef“”‘’、';
const SPACE_NEAR_CJK = new RegExp(`\\s+(?=[${CJK}])|(?<=[${CJK}])\\s+`, 'g');

/**
 * Text as the engine compares it: line breaks inside names removed ("社会保障和就\n业支出"),
 * spaces next to Chinese characters removed ("项  目"), other runs of spaces collapsed, trimmed.
 */
export function normalizeText(s: string): string {
  return s
    .replace(/[\r\n]+/g, '')
    .replace(/[\t\u00a0]/g, ' ')
    .replace(SPACE_NEAR_CJK, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const DASHES = new Set(['-', '--', '—', '——', '–', '－', '/', '─']);
const NUMBERISH = /^[\s\d,.+\-]+$/;

/** Accounting negatives: 「(0.50)」, 「(1,234)」 (a decimal point or thousands separator, so 「(1)」 stays a label). */
const PARENTHESIZED = /^\((\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?)\)$/;

/** A negative written the way printed tables show it, as a plain signed number: 「(0.50)」, 「−0.50」 (U+2212). */
function signed(text: string): string {
  const m = PARENTHESIZED.exec(text);
  if (m) return `-${m[1]}`;
  return text.replace(/^\u2212/, '-');
}

/** A number cell's value, with its cents and decimal places worked out once (see CellValue). */
export function numberValue(num: Money, storedAsText: boolean): CellValue {
  return { kind: 'number', num, storedAsText, cents: centsOf(num), places: num.decimalPlaces() };
}

/** Classify typed text: a number stored as text, a dash meaning "nothing", or plain text. */
export function classifyText(text: string): CellValue {
  const compact = normalizeText(text);
  if (compact === '') return { kind: 'blank' };
  if (DASHES.has(compact)) return { kind: 'dash' };
  const half = signed(toHalfWidth(compact).replace(/\s+/g, ''));
  if (NUMBERISH.test(half)) {
    const num = parseAmount(half);
    if (num) return numberValue(num, true);
  }
  return { kind: 'text', text: compact };
}

/** Formats already parsed: a workbook uses a handful, on up to millions of cells. Bounded against odd input. */
const FORMAT_DECIMALS = new Map<string, number | undefined>();
const MAX_CACHED_FORMATS = 500;

/** Decimals a number format shows ("0.00" -> 2, "#,##0.0_ " -> 1, "General" -> undefined). */
export function decimalsOfFormat(numFmt: string | undefined): number | undefined {
  if (!numFmt) return undefined;
  if (FORMAT_DECIMALS.has(numFmt)) return FORMAT_DECIMALS.get(numFmt);
  const decimals = parseFormatDecimals(numFmt);
  if (FORMAT_DECIMALS.size < MAX_CACHED_FORMATS) FORMAT_DECIMALS.set(numFmt, decimals);
  return decimals;
}

function parseFormatDecimals(numFmt: string): number | undefined {
  if (/^general$/i.test(numFmt) || numFmt === '@') return undefined;
  const section = numFmt.split(';')[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  const m = /[0#?](?:\.([0#?]+))?/.exec(section.slice(section.search(/[0#?]/)));
  if (!m) return undefined;
  const dot = section.indexOf('.');
  if (dot < 0) return 0;
  const after = section.slice(dot + 1).match(/^[0#?]+/);
  return after ? after[0].length : 0;
}

/** Error values typed or cached as text. */
const ERROR_TEXT = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/** The one place where a host's raw cell becomes a normalized Cell. */
export function normalizeCell(raw: RawCell): Cell {
  const numFmt = raw.numFmt && raw.numFmt !== 'General' ? raw.numFmt : undefined;
  const formula = raw.formula || undefined;
  // Object literals with the same keys in the same order (no spread: it is the slow path on millions of cells).
  if (raw.error) return { formula, numFmt, value: { kind: 'error', code: raw.error }, text: raw.text ?? raw.error };
  const v = raw.value;
  if ((v === null || v === undefined) && formula) {
    // No cached result: blank until the formula pass (src/engine/formula) computes it.
    return { formula, numFmt, value: { kind: 'blank' }, text: raw.text ?? '', uncomputed: true };
  }
  if (v === null || v === undefined || v === '') return { formula, numFmt, value: { kind: 'blank' }, text: raw.text ?? '' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { formula, numFmt, value: { kind: 'error', code: '#NUM!' }, text: raw.text ?? String(v) };
    const parsed = parsedNumber(v);
    const text = raw.text ?? parsed.shortest;
    const decimals = decimalsOfFormat(numFmt) ?? decimalsFromDisplay(raw.text);
    return { formula, numFmt, value: parsed.value, text, decimals };
  }
  if (typeof v === 'boolean') return { formula, numFmt, value: { kind: 'bool', value: v }, text: raw.text ?? String(v) };
  if (v instanceof Date) {
    // An invalid date (a corrupt serial) has no ISO text: it shows as nothing rather than crashing the read.
    if (Number.isNaN(v.getTime())) return { formula, numFmt, value: { kind: 'blank' }, text: raw.text ?? '' };
    const text = raw.text ?? v.toISOString().slice(0, 10);
    return { formula, numFmt, value: { kind: 'text', text }, text };
  }
  const t = textClass(v);
  if (t.value.kind === 'error') return { formula, numFmt, value: t.value, text: v };
  const cell: Cell = { formula, numFmt, value: t.value, text: raw.text ?? v, decimals: t.decimals };
  if (raw.indent) cell.indent = raw.indent;
  return cell;
}

/**
 * A cell holding typed text `v` (not empty) with no formula, shown as typed: normalizeCell of `{ value: v, text: v,
 * numFmt, indent }`, which the .xlsx reader calls directly for its shared-string cells.
 */
export function textCell(v: string, numFmt: string | undefined, indent?: number): Cell {
  const fmt = numFmt && numFmt !== 'General' ? numFmt : undefined;
  const t = textClass(v);
  if (t.value.kind === 'error') return { formula: undefined, numFmt: fmt, value: t.value, text: v };
  const cell: Cell = { formula: undefined, numFmt: fmt, value: t.value, text: v, decimals: t.decimals };
  if (indent) cell.indent = indent;
  return cell;
}

/**
 * A cell holding a stored, finite number with no formula and no display text: normalizeCell of `{ value, numFmt }`,
 * which the .xlsx reader calls directly for its plain number cells (most cells of a budget table).
 */
export function numberCell(v: number, numFmt: string | undefined): Cell {
  const fmt = numFmt && numFmt !== 'General' ? numFmt : undefined;
  const parsed = parsedNumber(v);
  return { formula: undefined, numFmt: fmt, value: parsed.value, text: parsed.shortest, decimals: decimalsOfFormat(fmt) };
}

/** A stored number as cells hold it: its value (never changed by the engine, so cells share it) and its text. */
interface ParsedNumber {
  value: CellValue;
  /** String(v): the shortest round-trip text, which the Money is read from (as fromNumber does). */
  shortest: string;
}

/**
 * Numbers already parsed: a 部门预算 repeats each total across its tables and has zeros on many cells (seed 000:
 * 598 numbers, 130 distinct). Cells with the same number share one value and one Money, as TEXT_CLASSES shares
 * text-stored numbers; nothing may key on a Money's identity (see table-lookup's amountOf). Keyed by the number:
 * -0 and 0 are one key, and both print "0". Bounded against odd input.
 */
const NUMBERS = new Map<number, ParsedNumber>();
const MAX_CACHED_NUMBERS = 50_000;

function parsedNumber(v: number): ParsedNumber {
  let p = NUMBERS.get(v);
  if (p === undefined) {
    const shortest = String(v);
    p = { value: numberValue(money(shortest), false), shortest };
    if (NUMBERS.size < MAX_CACHED_NUMBERS) NUMBERS.set(v, p);
  }
  return p;
}

interface TextClass {
  value: CellValue;
  decimals: number | undefined;
}

/**
 * Texts already classified: a workbook repeats the same names, dashes and headers on thousands of cells.
 * The values are never changed by the engine, so cells may share them. Bounded, short texts only.
 */
const TEXT_CLASSES = new Map<string, TextClass>();
const MAX_CACHED_TEXTS = 20_000;
const MAX_CACHED_TEXT_LENGTH = 64;

function textClass(v: string): TextClass {
  const cached = TEXT_CLASSES.get(v);
  if (cached) return cached;
  const t = classifyTyped(v);
  if (v.length <= MAX_CACHED_TEXT_LENGTH && TEXT_CLASSES.size < MAX_CACHED_TEXTS) TEXT_CLASSES.set(v, t);
  return t;
}

function classifyTyped(v: string): TextClass {
  const trimmed = v.trim();
  if (ERROR_TEXT.test(trimmed)) return { value: { kind: 'error', code: trimmed }, decimals: undefined };
  const value = classifyText(v);
  const decimals = value.kind === 'number' ? decimalsOf(signed(toHalfWidth(normalizeText(v)).replace(/\s/g, '')).replace(/,/g, '')) : undefined;
  return { value, decimals };
}

function decimalsFromDisplay(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const t = toHalfWidth(text).replace(/[\s,]/g, '');
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? decimalsOf(t) : undefined;
}

/** What the formula pass computed for a cell that had no cached value. */
export type ComputedValue = { kind: 'number'; num: Money } | { kind: 'text'; text: string } | { kind: 'bool'; value: boolean };

/**
 * A formula cell without a cached value, given the value the engine computed for it: read as if the file had held
 * that value (text is classified like typed text), shown with the decimals of its number format.
 */
export function computedCell(cell: Cell, result: ComputedValue): Cell {
  const { formula, numFmt } = cell;
  if (result.kind === 'number') {
    const decimals = decimalsOfFormat(numFmt);
    const text = decimals === undefined ? formatPlain(result.num) : formatAmount(result.num, decimals);
    return { formula, numFmt, value: numberValue(result.num, false), text, decimals, computed: true };
  }
  const value = result.kind === 'text' ? result.text : result.value;
  return { ...normalizeCell({ value, formula, numFmt }), computed: true };
}
