// A workbook holding the department's tables and each unit's (one sheet per unit, or all stacked on one sheet):
// cross-table rules pair tables inside one set, never unit 2's 收支总表 with unit 1's 支出总表.
import { check } from '../../../src/engine/check';
import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import { tableSets } from '../../../src/engine/tables/sets';
import { specToGrid, type WorkbookSpec } from '../../fixtures/workbook-spec';
import { cellAt, findCell, mutateCell } from '../../fixtures/seeds/arrangements';
import { seed000Workbook, seed001Workbook, seed002Workbook } from '../../fixtures/seeds/workbooks';
import { onePerSheet, stacked } from '../../fixtures/seeds/arrangements';
import { seed000Blocks } from '../../fixtures/seeds/seed000';
import { comparisonCaseWanli } from '../../fixtures/field/comparison';
import { shanghaiVariantsCase } from '../../fixtures/field/shanghai-cases';
import { perUnitCase } from '../../fixtures/field/per-unit';
import { stackedSheetWorkbook, unitsWorkbook } from '../../../scripts/bench/units-workbook';

const setsOf = (spec: WorkbookSpec) => tableSets(recognizeWorkbook(specToGrid(spec)).tables).map((s) => s.map((t) => `${t.sheet}:${t.kind}`));
const errors = (spec: WorkbookSpec) => check(specToGrid(spec), 'units.xlsx').findings.filter((f) => f.severity === 'error');

describe('tableSets', () => {
  it('keeps a department workbook as one set: 8 绩效 forms, a 三公经费对比 table, 分单位 tables', () => {
    expect(setsOf(seed000Workbook().spec)).toHaveLength(1);
    const s001 = setsOf(seed001Workbook().spec);
    expect(s001).toHaveLength(1);
    expect(s001[0].filter((t) => t.endsWith('performance-targets'))).toHaveLength(8);
    expect(setsOf(seed002Workbook().spec)).toHaveLength(1);
    expect(setsOf(comparisonCaseWanli('number').spec)).toHaveLength(1);
    const perUnit = recognizeWorkbook(specToGrid(perUnitCase().spec)).tables;
    expect(perUnit.some((t) => t.perUnit)).toBe(true);
    expect(tableSets(perUnit)).toEqual([perUnit]);
  });

  it('starts a set where a kind the set holds starts again (one sheet per unit, or stacked on one sheet)', () => {
    const perSheet = setsOf(unitsWorkbook(3).spec);
    expect(perSheet.map((s) => s.length)).toEqual([11, 11, 11]);
    expect(perSheet.map((s) => new Set(s.map((t) => t.split(':')[0])))).toEqual([new Set(['单位1']), new Set(['单位2']), new Set(['单位3'])]);
    expect(setsOf(stackedSheetWorkbook(600).spec).map((s) => s.length)).toEqual([11, 11, 11]);
  });

  it('keeps a table printed twice inside one set (an 一般公共预算支出表 again right after itself)', () => {
    const blocks = seed000Blocks();
    const at = blocks.findIndex((b) => b.kind === 'general-budget-expenditure');
    const twice = [...blocks.slice(0, at + 1), { ...blocks[at], sheetName: '一般公共预算支出表（续）' }, ...blocks.slice(at + 1)];
    const sets = setsOf(onePerSheet(twice).spec);
    expect(sets).toHaveLength(1);
    expect(sets[0].filter((t) => t.endsWith('general-budget-expenditure'))).toHaveLength(2);
    expect(errors(onePerSheet(twice).spec)).toEqual([]);
  });

  it('keeps a 收支总表 continued right after itself (a PDF page, a copy) in the set it begins', () => {
    const blocks = seed000Blocks();
    const twice = [blocks[0], { ...blocks[0], sheetName: '收支总表（续）' }, ...blocks.slice(1)];
    expect(setsOf(onePerSheet(twice).spec)).toHaveLength(1);
  });

  it('splits units whose tables come in another order (unit 2 starts with its 收入总表)', () => {
    const blocks = seed000Blocks();
    const rotated = [...blocks.slice(1), blocks[0]];
    const spec = stacked([...blocks, ...rotated]).spec;
    const sets = setsOf(spec);
    expect(sets.map((s) => s.length)).toEqual([blocks.length, blocks.length]);
    expect(sets[1][0]).toBe(`部门预算公开表:${blocks[1].kind}`);
  });

  it('puts a unit’s own 收支总表 after the department’s tables in a set of its own', () => {
    const sets = setsOf(shanghaiVariantsCase().spec);
    expect(sets).toHaveLength(2);
    expect(sets[1]).toEqual(['单位财务收支预算总表:income-expenditure-summary']);
  });
});

describe('check on a workbook of unit sets', () => {
  it('finds no error when every unit’s tables agree with each other (figures differ between units)', () => {
    expect(errors(unitsWorkbook(3).spec)).toEqual([]);
    expect(errors(stackedSheetWorkbook(600).spec)).toEqual([]);
  });

  it('places a slip in unit 2’s 收支总表 at its cell, with the figure unit 2’s 支出总表 bears out', () => {
    const spec = unitsWorkbook(3).spec;
    const label = findCell(spec, '单位2', (c) => typeof c === 'string' && c.includes('社会保障和就业支出'));
    expect(label).not.toBeNull();
    const row = Number((label as string).replace(/^[A-Z]+/, ''));
    const col = (label as string).charCodeAt(0) + 1;
    const at = `${String.fromCharCode(col)}${row}`;
    const before = cellAt(spec, '单位2', at);
    expect(typeof before).toBe('number');
    const found = errors(mutateCell(spec, '单位2', at, (before as number) + 10));
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`单位2!${at}`]);
    expect(Number(found[0].expected)).toBe(before);
  });
});
