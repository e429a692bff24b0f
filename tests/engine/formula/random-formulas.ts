// Random formulas over a small data sheet, from a seeded generator, in the shapes budget workbooks use and on
// which Excel and LibreOffice agree: the oracle test has LibreOffice compute them and compares with the engine.
import type { SpecCell, WorkbookSpec } from '../../fixtures/workbook-spec';

/** The data sheet's name (quoted in every reference). */
export const DATA_SHEET = '数据 (2)';
/** The sheet holding the random formulas, one per row in column B. */
export const FORMULA_SHEET = '公式';

const DATA_ROWS = 40;
const CODES = ['208', '20805', '2080502', '2080505', '210', '21011', '2101101', '21015', '2101501', '2101550', '221', '合计'];

/** mulberry32: a tiny seeded generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A workbook of `count` random formulas (saved without values) and the data they read. */
export function randomFormulaBook(seed: number, count: number): { spec: WorkbookSpec; formulas: string[] } {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const amount = () => (int(0, 999999) / 100).toFixed(2);
  const dataRows: SpecCell[][] = [['科目编码', '合计', '基本支出', '项目支出', '其他']];
  for (let r = 1; r < DATA_ROWS; r++) {
    dataRows.push([pick(CODES), ...[0, 1, 2, 3].map(() => (random() < 0.2 ? null : Number(amount())))]);
  }
  const sheet = `'${DATA_SHEET}'`;
  const col = () => pick(['B', 'C', 'D', 'E']);
  const row = () => int(2, DATA_ROWS);
  const cellRef = () => `${sheet}!${random() < 0.3 ? '$' : ''}${col()}${row()}`;
  const rangeRef = () => {
    const [a, b] = [row(), row()].sort((x, y) => x - y);
    const [c, d] = [col(), col()].sort();
    return `${sheet}!${c}${a}:${d}${b}`;
  };
  const formulas: string[] = [];
  // Formula i may read formulas written before it, which stand BELOW it on the sheet: the engine must order them.
  const earlier = () => `B${count - int(0, formulas.length - 1)}`;
  const criteria = () => pick(['"208*"', '"2101???"', '"<>合计"', '"合计"', '"210"']);
  const amountCriteria = () => pick(['">100"', '"<=5000"', '">=0"']);
  const expr = (depth: number): string => {
    const leaf = depth <= 0 || random() < 0.3;
    if (leaf) {
      const k = random();
      if (k < 0.35) return cellRef();
      if (k < 0.55 && formulas.length > 0) return earlier();
      return amount();
    }
    switch (int(0, 9)) {
      case 0:
        return `${expr(depth - 1)}+${expr(depth - 1)}`;
      case 1:
        return `${expr(depth - 1)}-(${expr(depth - 1)})`;
      case 2:
        return `(${expr(depth - 1)})*${int(1, 12)}`;
      case 3:
        return `(${expr(depth - 1)})/${pick(['3', '7', '10000', '0.5'])}`;
      case 4:
        return `SUM(${rangeRef()},${expr(depth - 1)})`;
      case 5:
        return `${pick(['ROUND', 'ROUNDUP', 'ROUNDDOWN'])}(${expr(depth - 1)},${int(-2, 3)})`;
      case 6:
        return `IF(${expr(depth - 1)}>${expr(depth - 1)},${expr(depth - 1)},${expr(depth - 1)})`;
      case 7: {
        const c = col();
        return `SUMIF(${sheet}!$A$2:$A$${DATA_ROWS},${criteria()},${sheet}!${c}2:${c}${DATA_ROWS})`;
      }
      case 8:
        return `SUMIF(${sheet}!${col()}:${col()},${amountCriteria()})`;
      default:
        return `-${expr(depth - 1)}`;
    }
  };
  for (let i = 0; i < count; i++) formulas.push(expr(int(1, 4)));
  // Written bottom-up: formula i goes to row count - i.
  const formulaRows: SpecCell[][] = formulas.map((_, i) => {
    const f = formulas[count - 1 - i];
    return [`#${count - i}`, { v: null, f, fmt: '0.00' }];
  });
  return { spec: { sheets: [{ name: DATA_SHEET, rows: dataRows }, { name: FORMULA_SHEET, rows: formulaRows }] }, formulas };
}
