// The built-in code book: years, completeness, name history, normalization.
import { canonicalName, ordinalOf, stripNumbering } from '../../../src/engine/codes/canonical-name';
import { builtInYears, createCodeBook, defaultCodeBook } from '../../../src/engine/codes/code-book';
import { FUNCTIONAL_CHANGES } from '../../../src/engine/codes/data/functional';
import { ECONOMIC_DEPT_CHANGES } from '../../../src/engine/codes/data/economic-dept';
import { ECONOMIC_GOV_CHANGES } from '../../../src/engine/codes/data/economic-gov';
import { CLASS_LINE_LISTS } from '../../../src/engine/codes/data/class-lines';

const book = defaultCodeBook();

describe('canonicalName', () => {
  it.each([
    ['维修（护）费', '维修(护)费'],
    ['维修（护）费', '维修护费'],
    ['社会保障和就\n业支出', '社会保障和就业支出'],
    ['项  目', '项目'],
    ['因公出国（境）费用', '因公出国(境)费用'],
    ['ＡＢＣ１２', 'ABC12'],
  ])('%s = %s', (a, b) => {
    expect(canonicalName(a)).toBe(canonicalName(b));
  });
  it('keeps different names apart', () => {
    expect(canonicalName('行政运行')).not.toBe(canonicalName('事业运行'));
  });
  it.each([
    ['二十、住房保障支出', '住房保障支出'],
    ['三十一、人行科目', '人行科目'],
    ['（一）办公费', '办公费'],
    ['住房保障支出', '住房保障支出'],
  ])('stripNumbering(%s) = %s', (a, b) => {
    expect(stripNumbering(a)).toBe(b);
  });
});

describe('ordinalOf', () => {
  it.each([
    ['一、一般公共服务支出', 1],
    ['十、卫生健康支出', 10],
    ['十五、资源勘探工业信息等支出', 15],
    ['二十、住房保障支出', 20],
    ['三十一、人行科目', 31],
    ['5、其他', 5],
    ['卫生健康支出', null],
  ])('%s -> %s', (name, n) => {
    expect(ordinalOf(name)).toBe(n);
  });
});

describe('years and sources', () => {
  it.each(['functional', 'economic-dept', 'economic-gov'] as const)('%s covers 2019 through 2026', (cls) => {
    expect(builtInYears(cls)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
  it('every change list and class-line list states its source edition', () => {
    for (const c of [...FUNCTIONAL_CHANGES, ...ECONOMIC_DEPT_CHANGES, ...ECONOMIC_GOV_CHANGES]) {
      expect(c.source).toMatch(new RegExp(`^财政部《${c.year}年政府收支分类科目》`));
      expect(c.note.length).toBeGreaterThan(0);
    }
    expect(CLASS_LINE_LISTS.map((l) => l.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
  it('names the edition', () => {
    expect(book.source('functional', 2024)).toBe('财政部《2024年政府收支分类科目》');
    expect(book.source('functional', 2018)).toBeUndefined();
  });
  it('is memoized', () => {
    expect(defaultCodeBook()).toBe(book);
  });
});

describe('what changed between years', () => {
  it('30110: 城镇职工 until 2021, 职工 in 2024 with the old name as history, both accepted in 2022–2023', () => {
    expect(book.lookup('economic-dept', 2021, '30110')?.name).toBe('城镇职工基本医疗保险缴费');
    expect(book.lookup('economic-dept', 2024, '30110')).toEqual({
      code: '30110',
      name: '职工基本医疗保险缴费',
      formerNames: ['城镇职工基本医疗保险缴费'],
    });
    expect(book.lookup('economic-dept', 2022, '30110')?.aliases).toEqual(['城镇职工基本医疗保险缴费']);
    expect(book.lookup('economic-dept', 2024, '30110')?.aliases).toBeUndefined();
  });
  it('2101504 信息化建设: listed in 2020, uncertain afterwards', () => {
    expect(book.lookup('functional', 2020, '2101504')?.name).toBe('信息化建设');
    expect(book.lookup('functional', 2021, '2101504')).toBeUndefined();
    expect(book.isComplete('functional', 2021, '2101504')).toBe(false);
    expect(book.isComplete('functional', 2021, '2101507')).toBe(true);
  });
  it('234 from 2020', () => {
    expect(book.lookup('functional', 2019, '234')).toBeUndefined();
    expect(book.isComplete('functional', 2019, '234')).toBe(true);
    expect(book.lookup('functional', 2020, '234')?.name).toBe('抗疫特别国债安排的支出');
  });
  it('2025 is not reviewed: a new 类 only warns', () => {
    expect(book.isComplete('functional', 2024, '235')).toBe(true);
    expect(book.isComplete('functional', 2025, '235')).toBe(false);
  });
  it('210 keeps its pre-2019 name as history', () => {
    expect(book.lookup('functional', 2021, '210')?.formerNames).toEqual(['医疗卫生与计划生育支出']);
  });
});

describe('completeness is marked only where sure', () => {
  it.each([
    ['21015', '2101507', true],
    ['22102', '2210204', true],
    ['221', '22104', true],
    ['301', '30104', true],
    ['302', '30210', true],
    ['210', '21017', false],
    ['208', '20828', false],
    ['21099', '2109901', false],
    ['20805', '2080504', false],
  ])('under %s, %s: %s', (_, code, complete) => {
    const cls = code.startsWith('3') ? 'economic-dept' : 'functional';
    expect(book.isComplete(cls, 2024, code)).toBe(complete);
  });
});

describe('findByName', () => {
  it('finds every code with the name (行政运行 is the name of many 项)', () => {
    const codes = book.findByName('functional', 2024, '行政运行').map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['2101501', '2080101', '2100101']));
  });
  it('ignores width and brackets', () => {
    expect(book.findByName('economic-dept', 2024, '维修(护)费').map((e) => e.code)).toEqual(['30213']);
  });
  it('sees imported names', () => {
    const imported = createCodeBook([{ year: 2024, source: 'x', entries: [{ cls: 'functional', code: '2101599', name: '其他医疗保障支出' }] }]);
    expect(imported.findByName('functional', 2024, '其他医疗保障支出').map((e) => e.code)).toEqual(['2101599']);
  });
});
