// An education bureau's correct workbook (类 205) gets no flood of code warnings; an invented code is still an error
// where the built-in data is complete, and a name that differs between tables is found without any dictionary.
import { check } from '../../../src/engine/check';
import { specToGrid, type WorkbookSpec } from '../../fixtures/workbook-spec';
import { findCell, mutateCell, onePerSheet } from '../../fixtures/seeds/arrangements';
import { EDUCATION_UNCHECKED, educationBureauBlocks } from './education-bureau';

const spec = (): WorkbookSpec => onePerSheet(educationBureauBlocks()).spec;
const run = (s: WorkbookSpec) => check(specToGrid(s), '教育局2024.xlsx');

/** The A1 of the cell holding exactly `text` on `sheet`. */
function at(s: WorkbookSpec, sheet: string, text: string): string {
  const a1 = findCell(s, sheet, (c) => c === text);
  if (!a1) throw new Error(`no ${text} on ${sheet}`);
  return a1;
}

describe('an education bureau workbook (类 205)', () => {
  it('is recognized as a 2024 workbook with its coded tables', () => {
    const report = run(spec());
    expect(report.tables.filter((t) => ['income-summary', 'expenditure-summary', 'general-budget-expenditure'].includes(t.kind))).toHaveLength(3);
    expect(report.year).toBe(2024);
  });

  it('gets no error and no warning; its unchecked 205 codes are one note with their count', () => {
    const findings = run(spec()).findings;
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const notes = findings.filter((f) => f.rule.startsWith('codes/'));
    expect(notes).toHaveLength(1);
    expect(notes[0].severity).toBe('info');
    expect(EDUCATION_UNCHECKED).toHaveLength(12);
    expect(notes[0].message).toBe(
      `内置科目表未收录 12 个科目，未核对；可导入当年科目表。未收录的科目：${EDUCATION_UNCHECKED.slice(0, 10).join('、')} 等`,
    );
    expect(notes[0].related).toHaveLength(11);
  });

  it('still finds an invented 项 under a 款 the built-in data lists completely', () => {
    const s = spec();
    const sheet = '一般公共预算支出表';
    const cell = at(s, sheet, '2101102');
    const findings = run(mutateCell(s, sheet, cell, '2101109')).findings.filter((f) => f.rule === 'codes/unknown' && f.severity === 'error');
    expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${sheet}!${cell}`]);
    expect(findings[0].message).toBe('科目 2101109 在财政部《2024年政府收支分类科目》中不存在，请核对科目编码');
  });

  it('finds a 205 name that differs from the other tables, with no dictionary for it', () => {
    const s = spec();
    const sheet = '表3';
    const name = `C${at(s, sheet, '2050202').slice(1)}`;
    const findings = run(mutateCell(s, sheet, name, '初中教育')).findings.filter((f) => f.rule.startsWith('codes/') && f.severity === 'error');
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([`${sheet}!${name} codes/name-consistent`]);
    expect(findings[0].message).toMatch(/^科目 2050202 在其他 2 处名称为「小学教育」（如「部门预算收入总表」C\d+），此处为「初中教育」/);
  });
});
