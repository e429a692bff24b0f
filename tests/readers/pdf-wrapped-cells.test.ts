// A name wrapped over two or three lines inside a narrow cell is one cell of the row its code and amounts are on,
// whether the row prints its numbers at the bottom, the top or the middle of its band; a repeated page head in
// the middle of a page is no row. Layouts drawn with pdf-lib at exact positions.
import { nodePdfResources } from '../../src/readers/pdf/node-resources';
import { readPdf } from '../../src/readers/pdf/read-pdf';
import { layoutPdf, type Placed } from '../fixtures/files/pdf-layout';

const RES = nodePdfResources();
const LINE = 12;
const CODE_X = 40;
const NAME_X = 100;
/** Right edges of the two amount columns. */
const AMOUNT_X = [260, 330];

/** One printed row: its code, its name as wrapped (one string a line) and its amounts. */
interface PrintedRow {
  code: string;
  name: string[];
  amounts: string[];
}

function head(y: number): Placed[] {
  return [
    { text: '单位：万元', x: 290, y },
    { text: '科目编码', x: CODE_X, y: y + 15 },
    { text: '科目名称', x: NAME_X, y: y + 15 },
    { text: '合计', x: AMOUNT_X[0], y: y + 15, align: 'right' },
    { text: '基本支出', x: AMOUNT_X[1], y: y + 15, align: 'right' },
  ];
}

/**
 * The rows drawn from `top`, each `lines` tall; the numbers on the name's last line ('bottom'), first line ('top')
 * or middle line ('middle'). Returns the items and the y below the last row.
 */
function rowsAt(rows: readonly PrintedRow[], top: number, numbers: 'bottom' | 'top' | 'middle'): { items: Placed[]; end: number } {
  const items: Placed[] = [];
  let y = top;
  for (const r of rows) {
    const n = r.name.length;
    const at = numbers === 'bottom' ? n - 1 : numbers === 'top' ? 0 : Math.floor(n / 2);
    r.name.forEach((text, i) => items.push({ text, x: NAME_X, y: y + i * LINE }));
    const numberY = y + at * LINE;
    if (r.code) items.push({ text: r.code, x: CODE_X, y: numberY });
    r.amounts.forEach((text, i) => items.push({ text, x: AMOUNT_X[i], y: numberY, align: 'right' }));
    y += n * LINE + 2;
  }
  return { items, end: y };
}

const ROWS: PrintedRow[] = [
  { code: '', name: ['合计'], amounts: ['4741.97', '221.01'] },
  { code: '208', name: ['社会保障和就', '业支出'], amounts: ['6.96', '6.96'] },
  { code: '210', name: ['卫生健康支出'], amounts: ['4735.01', '221.01'] },
  { code: '21012', name: ['财政对基本医', '疗保险基金的', '补助'], amounts: ['4379.00', '4379.00'] },
  { code: '21013', name: ['医疗救助'], amounts: ['71.00', '71.00'] },
];

/** The rebuilt table's body rows as [code, name, amounts…] texts. */
async function bodyRows(items: Placed[]): Promise<string[][]> {
  const pdf = await readPdf(await layoutPdf([items]), RES);
  const [sheet] = pdf.grid.sheets;
  return sheet.cells
    .map((row) => Array.from(row ?? [], (c) => c?.text ?? ''))
    .filter((row) => row.some((t) => /^\d+\.\d{2}$/.test(t)));
}

const EXPECTED = [
  ['', '合计', '4741.97', '221.01'],
  ['208', '社会保障和就业支出', '6.96', '6.96'],
  ['210', '卫生健康支出', '4735.01', '221.01'],
  ['21012', '财政对基本医疗保险基金的补助', '4379.00', '4379.00'],
  ['21013', '医疗救助', '71.00', '71.00'],
];

function table(numbers: 'bottom' | 'top' | 'middle'): Placed[] {
  return [{ text: '单位预算支出总表', x: CODE_X, y: 30 }, ...head(45), ...rowsAt(ROWS, 80, numbers).items];
}

describe('PDF cells wrapped over several lines', () => {
  it.each(['bottom', 'top', 'middle'] as const)('joins a wrapped name into the row of its numbers (numbers at the %s)', async (numbers) => {
    expect(await bodyRows(table(numbers))).toEqual(EXPECTED);
  });

  it('keeps short text-only rows and numbered items as rows of their own', async () => {
    const items: Placed[] = [
      { text: '部门固定资产占用情况表', x: CODE_X, y: 30 },
      { text: '项目', x: CODE_X, y: 60 },
      { text: '价值', x: 330, y: 60, align: 'right' },
      { text: '资产总额', x: CODE_X, y: 75 },
      { text: '71.00', x: 330, y: 75, align: 'right' },
      { text: '1、房屋（平方米）', x: CODE_X, y: 87 },
      { text: '2、车辆（台、辆）', x: CODE_X, y: 99 },
      { text: '7.00', x: 330, y: 99, align: 'right' },
      { text: '3、单价在20万元以上的设备', x: CODE_X, y: 111 },
      { text: '4、其他固定资产（台、个）', x: CODE_X, y: 123 },
      { text: '64.00', x: 330, y: 123, align: 'right' },
    ];
    const pdf = await readPdf(await layoutPdf([items]), RES);
    const names = pdf.grid.sheets[0].cells.map((row) => row?.[0]?.text ?? '');
    expect(names).toEqual(expect.arrayContaining(['1、房屋（平方米）', '3、单价在20万元以上的设备', '4、其他固定资产（台、个）']));
  });

  it('drops a page head repeated in the middle of the page (a sheet printed on one page over its page break)', async () => {
    const first = rowsAt(ROWS.slice(0, 3), 80, 'bottom');
    const second = rowsAt(ROWS.slice(3), first.end + 45, 'bottom');
    const items = [{ text: '单位预算支出总表', x: CODE_X, y: 30 }, ...head(45), ...first.items, ...head(first.end + 5), ...second.items];
    const pdf = await readPdf(await layoutPdf([items]), RES);
    expect(pdf.grid.sheets).toHaveLength(1);
    const texts = pdf.grid.sheets[0].cells.flatMap((row) => (row ?? []).map((c) => c?.text ?? ''));
    expect(texts.filter((t) => t === '单位：万元')).toHaveLength(1);
    expect(texts.filter((t) => t === '科目名称')).toHaveLength(1);
    expect(await bodyRows(items)).toEqual(EXPECTED);
  });

  it('starts a row at a line of column labels inside the body (the 指标 header of a 绩效目标表)', async () => {
    const row = (y: number, texts: string[]): Placed[] => texts.map((text, i) => ({ text, x: 40 + 80 * i, y }));
    const items: Placed[] = [
      { text: '医疗保障经费绩效目标表', x: 40, y: 30 },
      ...row(50, ['项目名称', '医疗保障经费']),
      { text: '预算数', x: 40, y: 70 },
      { text: '14.00', x: 330, y: 70, align: 'right' },
      ...row(73, ['绩效目标', '保障基金安全']),
      ...row(76, ['一级指标', '二级指标', '三级指标', '指标值']),
      ...row(86, ['产出指标', '数量指标', '检查次数', '≥2次']),
      ...row(96, ['产出指标', '质量指标', '覆盖率', '≥100%']),
      ...row(106, ['满意度指标', '满意度', '群众满意度', '≥90%']),
    ];
    const pdf = await readPdf(await layoutPdf([items]), RES);
    const rows = pdf.grid.sheets[0].cells.map((r) => Array.from(r ?? [], (c) => c?.text ?? '').filter((t) => t !== ''));
    expect(rows).toContainEqual(['一级指标', '二级指标', '三级指标', '指标值']);
    expect(rows).toContainEqual(['产出指标', '数量指标', '检查次数', '≥2次']);
  });

  it('reads the next copy of a form under the same title as a table of its own, not a continuation', async () => {
    const form = (name: string, amount: string): Placed[] => [
      { text: '部门(单位)预算项目绩效目标申报表', x: 40, y: 30 },
      { text: '项目名称', x: 40, y: 50 },
      { text: name, x: 120, y: 50 },
      { text: '预算数', x: 40, y: 65 },
      { text: amount, x: 330, y: 65, align: 'right' },
    ];
    const pdf = await readPdf(await layoutPdf([form('信息化建设', '64.00'), form('医保支付方式改革', '10.00')]), RES);
    expect(pdf.grid.sheets).toHaveLength(2);
  });
});
