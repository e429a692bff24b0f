// Generators for the fuzz tests: random raw cells and grids drawn partly from the seeds' own words (so the
// recognizers really engage), and mutations of the seed fixture workbooks (rows shuffled or deleted, text in
// amount cells, huge and negative numbers, odd Unicode, merged-cell chaos).
import fc from 'fast-check';
import { buildSheet } from '../../src/engine/grid/sheet';
import type { Grid, RawCell, Rect, Sheet } from '../../src/engine/grid/types';
import { seed000Blocks } from '../fixtures/seeds/seed000';
import type { SpecCell, WorkbookSpec } from '../fixtures/workbook-spec';

/** Every text the seed 000 tables hold: titles, header words, codes, names, notes. */
export const SEED_WORDS: readonly string[] = [
  ...new Set(seed000Blocks().flatMap((b) => b.rows.flat().filter((c): c is string => typeof c === 'string'))),
];

/** Unicode that has broken text handling elsewhere: zero-width, bidi controls, emoji, lone surrogates, full width. */
export const ODD_TEXT: readonly string[] = [
  '\u200b合计\u200b', '\u202e计合', '💰3232.07', '\ud800', '\udfff2101501', '１２３４．５６', '－', '—', '‐12', '3,232.07',
  '1e309', '-0', '0x1F', ' ', '\t\n', '合'.repeat(5000), '=SUM(A1:A9)', '+1', '@A1', '#REF!', '#DIV/0!', 'NaN', 'Infinity',
  '三千二百元', '12.3.4', '（一）', '单位：万元', '预算年度：2021', '2101501行政运行', '栏次', '**',
];

/** Numbers a cell can hold, from ordinary amounts to the extremes of a double. */
export const numberArb: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 3232.07, 576.27, 2655.8, 0.1 + 0.2, 1e15, 1e20, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -5e-324, NaN, Infinity, -Infinity),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
);

/** Any text a clerk (or a broken export) could type. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SEED_WORDS),
  fc.constantFrom(...ODD_TEXT),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** A raw cell as a host could hand it over, including formulas, errors, dates and booleans. */
export const rawCellArb: fc.Arbitrary<RawCell | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: numberArb.map((value) => ({ value, numFmt: '0.00' })) },
  { weight: 4, arbitrary: textArb.map((value) => ({ value })) },
  {
    weight: 1,
    arbitrary: fc.record({
      value: fc.oneof(numberArb, textArb, fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false })),
      text: fc.option(textArb, { nil: undefined }),
      formula: fc.option(fc.constantFrom('SUM(D7:D9)', '=D8+D9', 'A1/0', ''), { nil: undefined }),
      numFmt: fc.option(fc.constantFrom('0.00', 'General', '#,##0.00_ ', '0.000000', '@', '0%', '[Red]0.00;-0.00', ''), { nil: undefined }),
      error: fc.option(fc.constantFrom('#REF!', '#DIV/0!', '#N/A', '#VALUE!'), { nil: undefined }),
    }),
  },
);

/** Merged areas anywhere, overlapping, inverted, huge or outside the sheet. */
export const mergeArb: fc.Arbitrary<Rect> = fc.oneof(
  fc.record({ top: fc.nat(40), left: fc.nat(14), bottom: fc.nat(40), right: fc.nat(14) }),
  fc.constantFrom<Rect>({ top: 0, left: 0, bottom: 1048575, right: 16383 }, { top: -1, left: -1, bottom: -1, right: -1 }, { top: 5, left: 5, bottom: 2, right: 2 }),
);

const sheetArb: fc.Arbitrary<Sheet> = fc
  .record({
    name: fc.oneof(fc.constantFrom('Sheet1', '支出总表', '', '信息公开情况说明'), fc.string({ maxLength: 31 })),
    rows: fc.array(fc.array(rawCellArb, { maxLength: 14 }), { maxLength: 40 }),
    merges: fc.array(mergeArb, { maxLength: 8 }),
    state: fc.constantFrom('visible' as const, 'hidden' as const, 'veryHidden' as const),
  })
  .map((s) => buildSheet(s.name, s.rows, s.merges, s.state));

/** A random workbook of up to four sheets (names may repeat or be empty). */
export const gridArb: fc.Arbitrary<Grid> = fc.array(sheetArb, { maxLength: 4 }).map((sheets) => ({ sheets }));

/** One mutation of a fixture workbook; `pick` is a random source in [0, 1). */
export type Mutation = (spec: WorkbookSpec, pick: () => number) => void;

const at = <T>(list: readonly T[], pick: () => number): T => list[Math.floor(pick() * list.length)];
const hasRows = (spec: WorkbookSpec) => spec.sheets.filter((s) => s.rows.length > 0);

function setRandomCell(spec: WorkbookSpec, pick: () => number, value: (old: SpecCell) => SpecCell, onlyNumbers: boolean): void {
  const sheets = hasRows(spec);
  if (sheets.length === 0) return;
  const sheet = at(sheets, pick);
  const row = at(sheet.rows, pick);
  const cols = row.map((c, i) => ({ c, i })).filter(({ c }) => !onlyNumbers || typeof c === 'number' || (typeof c === 'object' && c !== null && typeof c.v === 'number'));
  if (cols.length === 0) return;
  const { c, i } = at(cols, pick);
  row[i] = value(c);
}

/** The mutations the issue lists, by name. */
export const MUTATIONS: Record<string, Mutation> = {
  shuffleRows: (spec, pick) => {
    for (const s of hasRows(spec)) {
      for (let i = s.rows.length - 1; i > 0; i--) {
        if (pick() < 0.7) continue;
        const j = Math.floor(pick() * (i + 1));
        [s.rows[i], s.rows[j]] = [s.rows[j], s.rows[i]];
      }
    }
  },
  deleteRows: (spec, pick) => {
    for (const s of hasRows(spec)) s.rows = s.rows.filter(() => pick() > 0.15);
  },
  textInAmount: (spec, pick) => setRandomCell(spec, pick, () => at(['三千', 'abc', '12.3.4', '1,2,3', '—', '', ' 3232.07 元'], pick), true),
  hugeNumber: (spec, pick) => setRandomCell(spec, pick, () => at([1e20, 1e308, -1e308, Number.MAX_VALUE, 9007199254740993, 1e-300], pick), true),
  negativeNumber: (spec, pick) => setRandomCell(spec, pick, (c) => (typeof c === 'number' ? -c - 1 : -42.42), true),
  oddUnicode: (spec, pick) => setRandomCell(spec, pick, () => at(ODD_TEXT, pick), false),
  mergeChaos: (spec, pick) => {
    for (const s of hasRows(spec)) {
      if (pick() < 0.5) continue;
      const a = Math.floor(pick() * s.rows.length) + 1;
      const b = Math.floor(pick() * s.rows.length) + 1;
      const col = String.fromCharCode(65 + Math.floor(pick() * 12));
      s.merges = [...(s.merges ?? []), `A${Math.min(a, b)}:${col}${Math.max(a, b)}`, 'A1:A1'];
    }
  },
  duplicateSheet: (spec, pick) => {
    const s = at(spec.sheets, pick);
    if (s) spec.sheets.push(structuredClone(s));
  },
};

/** A list of mutation names and a seed for the random source they use. */
export const mutationPlanArb = fc.record({
  names: fc.array(fc.constantFrom(...Object.keys(MUTATIONS)), { minLength: 1, maxLength: 5 }),
  seed: fc.integer(),
});

/** A small deterministic random source (mulberry32) so a failing plan replays exactly. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
