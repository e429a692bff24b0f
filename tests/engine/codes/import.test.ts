// Importing an official 科目表 (both shapes, built in code) and how it changes what the rules say.
import { createCodeBook } from '../../../src/engine/codes/code-book';
import { FUNCTIONAL_SERIES } from '../../../src/engine/codes/data/functional';
import { parseCodeTable, parseCodeWorkbook, readCode } from '../../../src/engine/codes/import';
import { resolveSeries } from '../../../src/engine/codes/year-table';
import { normalizeCell } from '../../../src/engine/grid/normalize';
import { sheetFromValues } from '../../../src/engine/grid/sheet';
import { codesNameMismatch } from '../../../src/engine/rules/codes-name-mismatch';
import { codesUnknown } from '../../../src/engine/rules/codes-unknown';
import { runCodeRule, where, type CodedTableSpec } from './build-coded-table';

/** Shape 1: one code column and one name column under a title with the year. */
const codeNameSheet = (): ReturnType<typeof sheetFromValues> =>
  sheetFromValues('2024科目', [
    ['2024年政府收支分类科目'],
    ['科目编码', '科目名称'],
    [229, '其他支出'],
    [22999, '其他支出'],
    [2299901, '其他支出'],
    ['210', '卫生健康支出'],
    ['21015', '医疗保障管理事务'],
    ['2101501', '行政运行'],
    ['2101550', '事业运行'],
  ]);

/** Shape 2: 类/款/项 split columns (blank = same as above; 款/项 typed as numbers lose their zero) + name. */
const splitSheet = (): ReturnType<typeof sheetFromValues> =>
  sheetFromValues('功能分类', [
    ['类', '款', '项', '科目名称'],
    [229, null, null, '其他支出'],
    [null, 99, null, '其他支出'],
    [null, null, 1, '其他支出'],
    [210, null, null, '卫生健康支出'],
    [null, 15, null, '医疗保障管理事务'],
    [null, null, 1, '行政运行'],
    [null, null, 4, '信息化建设'],
    [null, null, 50, '事业运行'],
  ]);

/** An official functional table built from the built-in data of a year (what a clerk would import). */
function fullTable(year: number): [number, string][] {
  const t = resolveSeries(FUNCTIONAL_SERIES).find((y) => y.year === year);
  return [...(t?.entries.values() ?? [])].map((e) => [Number(e.code), e.name]);
}

const spec2024: CodedTableSpec = {
  kind: 'general-budget-expenditure',
  year: 2024,
  rows: [
    { code: '229', name: '其他支出' },
    { code: '22999', name: '其他支出' },
    { code: '2299901', name: '其他支出' },
  ],
};

describe('parseCodeTable', () => {
  it('reads the code + name shape and the year from the title', () => {
    const t = parseCodeTable(codeNameSheet(), null);
    expect(t?.year).toBe(2024);
    expect(t?.entries.map((e) => e.code)).toEqual(['229', '22999', '2299901', '210', '21015', '2101501', '2101550']);
    expect(t?.entries[2]).toEqual({ cls: 'functional', code: '2299901', name: '其他支出' });
  });
  it('assembles 类/款/项 split columns, restoring leading zeros', () => {
    const t = parseCodeTable(splitSheet(), 2024);
    expect(t?.entries.map((e) => e.code)).toEqual(['229', '22999', '2299901', '210', '21015', '2101501', '2101504', '2101550']);
  });
  it('tells economic codes by their range', () => {
    const sheet = sheetFromValues('经济', [['编码', '名称'], [301, '工资福利支出'], [30101, '基本工资'], [501, '机关工资福利支出'], [50101, '工资奖金津补贴']]);
    expect(parseCodeTable(sheet, 2024)?.entries.map((e) => e.cls)).toEqual(['economic-dept', 'economic-dept', 'economic-gov', 'economic-gov']);
  });
  it('finds the columns without a header row', () => {
    const sheet = sheetFromValues('无表头', [[null, 210, '卫生健康支出'], [null, 21015, '医疗保障管理事务'], [null, 2101501, '行政运行']]);
    expect(parseCodeTable(sheet, null)?.entries.map((e) => e.code)).toEqual(['210', '21015', '2101501']);
  });
  it('reads code and name typed in one cell', () => {
    const sheet = sheetFromValues('合并', [['2024年科目'], ['210 卫生健康支出'], ['21015 医疗保障管理事务'], ['2101501　行政运行'], ['说明：按财政部口径']]);
    expect(parseCodeTable(sheet, null)?.entries).toEqual([
      { cls: 'functional', code: '210', name: '卫生健康支出' },
      { cls: 'functional', code: '21015', name: '医疗保障管理事务' },
      { cls: 'functional', code: '2101501', name: '行政运行' },
    ]);
  });
  it('returns null for a sheet that is not a 科目表', () => {
    expect(parseCodeTable(sheetFromValues('说明', [['部门预算说明'], ['一、基本情况']]), null)).toBeNull();
  });
  it('is plain JSON, so the add-in can keep it in document settings', () => {
    const t = parseCodeTable(codeNameSheet(), null);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
  it('parseCodeWorkbook keeps every sheet that holds a table', () => {
    const tables = parseCodeWorkbook({ sheets: [codeNameSheet(), sheetFromValues('说明', [['x']]), splitSheet()] });
    expect(tables.map((t) => t.source)).toEqual(['导入的科目表（工作表「2024科目」）', '导入的科目表（工作表「功能分类」）']);
  });
});

describe('readCode', () => {
  it.each([
    [{ value: 2101501 }, '2101501'],
    [{ value: 2.101501e6, numFmt: '0.00E+00' }, '2101501'],
    [{ value: '2.101501E+06' }, '2101501'],
    [{ value: ' 2101501 ' }, '2101501'],
    [{ value: '２１０' }, '210'],
    [{ value: 2101501.5 }, null],
    [{ value: '行政运行' }, null],
  ])('%j -> %s', (raw, code) => {
    expect(readCode(normalizeCell(raw))).toBe(code);
  });
});

describe('an imported 科目表 changes the outcome', () => {
  it.each([
    ['code + name shape', () => parseCodeTable(codeNameSheet(), null)],
    ['split shape', () => parseCodeTable(splitSheet(), 2024)],
  ])('%s: 2299901 is known once imported', (_, parse) => {
    expect(where(runCodeRule(codesUnknown, spec2024))).toEqual(['A4 info']);
    const table = parse();
    if (!table) throw new Error('not parsed');
    expect(runCodeRule(codesUnknown, spec2024, { codeBook: createCodeBook([table]) })).toEqual([]);
  });
  it('an imported name overrides the built-in one; the built-in name becomes a former name', () => {
    const sheet = sheetFromValues('2024', [['科目编码', '科目名称'], [210, '卫生健康支出'], [21015, '医疗保障管理事务'], [2101506, '医疗保障经办服务']]);
    const table = parseCodeTable(sheet, 2024);
    if (!table) throw new Error('not parsed');
    const spec: CodedTableSpec = { kind: 'general-budget-expenditure', year: 2024, rows: [{ code: '2101506', name: '医疗保障经办事务' }] };
    expect(runCodeRule(codesNameMismatch, spec)).toEqual([]);
    expect(where(runCodeRule(codesNameMismatch, spec, { codeBook: createCodeBook([table]) }))).toEqual(['B2 warning']);
  });
  it('a code missing from a full official table is an error, whatever the built-in data says', () => {
    const official = fullTable(2024).filter(([code]) => code !== 2101505);
    const table = parseCodeTable(sheetFromValues('2024', [['科目编码', '科目名称'], ...official]), 2024);
    if (!table) throw new Error('not parsed');
    const spec: CodedTableSpec = { kind: 'general-budget-expenditure', year: 2024, rows: [{ code: '2101505', name: '医疗保障政策管理' }] };
    expect(runCodeRule(codesUnknown, spec)).toEqual([]);
    expect(where(runCodeRule(codesUnknown, spec, { codeBook: createCodeBook([table]) }))).toEqual(['A2 error']);
  });
  it('a full official table for a year without built-in data makes absence an error', () => {
    const table = parseCodeTable(sheetFromValues('2026', [['科目编码', '科目名称'], ...fullTable(2025)]), 2026);
    if (!table) throw new Error('not parsed');
    const spec: CodedTableSpec = { kind: 'general-budget-expenditure', year: 2026, rows: [{ code: '2101507', name: '新科目' }, { code: '2101501', name: '行政运行' }] };
    expect(where(runCodeRule(codesUnknown, spec))).toEqual(['A2 info']);
    expect(where(runCodeRule(codesUnknown, spec, { codeBook: createCodeBook([table]) }))).toEqual(['A2 error']);
  });
  it('a partial import (a few 类, a 款 without children) never turns a real code into an error', () => {
    const sheet = sheetFromValues('部分', [['科目编码', '科目名称'], [210, '卫生健康支出'], [21015, '医疗保障管理事务'], [221, '住房保障支出']]);
    const table = parseCodeTable(sheet, 2024);
    if (!table) throw new Error('not parsed');
    const spec: CodedTableSpec = {
      kind: 'general-budget-expenditure',
      year: 2024,
      rows: [{ code: '208', name: '社会保障和就业支出' }, { code: '21015', name: '医疗保障管理事务' }, { code: '2101505', name: '医疗保障政策管理' }],
    };
    expect(runCodeRule(codesUnknown, spec, { codeBook: createCodeBook([table]) })).toEqual([]);
  });
  it('a table imported for another year changes nothing', () => {
    const table = parseCodeTable(codeNameSheet(), 2023);
    if (!table) throw new Error('not parsed');
    expect(where(runCodeRule(codesUnknown, spec2024, { codeBook: createCodeBook([table]) }))).toEqual(['A4 info']);
  });
});
