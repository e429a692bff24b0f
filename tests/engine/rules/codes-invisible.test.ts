// Invisible characters (U+200B, U+FEFF, NBSP …) in code cells: named in the codes/format finding, never a puzzle.
import { check } from '../../../src/engine/check';
import { canonicalName } from '../../../src/engine/codes/canonical-name';
import { describeInvisible, invisibleCodePoints } from '../../../src/engine/codes/invisible';
import { specToGrid, type WorkbookSpec } from '../../fixtures/workbook-spec';
import { findCell, mutateCell, onePerSheet } from '../../fixtures/seeds/arrangements';
import { seed000Blocks } from '../../fixtures/seeds/seed000';

const base = (): WorkbookSpec => onePerSheet(seed000Blocks()).spec;

/** The sheet and A1 of the first cell holding exactly `text` on a sheet whose name contains `sheetPart` (表3 = 支出总表). */
function locate(spec: WorkbookSpec, sheetPart: string, text: string): [string, string] {
  for (const s of spec.sheets) {
    if (!s.name.includes(sheetPart)) continue;
    const a1 = findCell(spec, s.name, (c) => c === text);
    if (a1) return [s.name, a1];
  }
  throw new Error(`no ${text} on ${sheetPart}`);
}

function codeFindings(spec: WorkbookSpec) {
  return check(specToGrid(spec), 'invisible.xlsx').findings.filter((f) => f.rule.startsWith('codes/'));
}

describe('invisible characters in codes', () => {
  it('a clean workbook has no codes/* finding', () => {
    expect(codeFindings(base())).toEqual([]);
  });

  it('a zero-width space that breaks a code is named, with the code it hides', () => {
    const [sheet, a1] = locate(base(), '表3', '2101501');
    const findings = codeFindings(mutateCell(base(), sheet, a1, '21015\u200b01'));
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.severity}`)).toEqual([`${sheet}!${a1} codes/format error`]);
    expect(findings[0].message).toBe(
      '科目编码中有不可见字符 U+200B（零宽空格），编码因此无法识别；删除后为「2101501」，请重新输入该编码',
    );
  });

  it('a BOM the reader tolerates is still named, once per table, with how many codes hold one', () => {
    const spec = base();
    const [sheet, first] = locate(spec, '表3', '2101501');
    const [, second] = locate(spec, '表3', '2101550');
    const mutated = mutateCell(mutateCell(spec, sheet, first, '2101501\ufeff'), sheet, second, '\u00a02101550');
    const findings = codeFindings(mutated);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual([`${sheet}!${first} warning`]);
    expect(findings[0].message).toBe(
      '科目编码中有不可见字符 U+FEFF（零宽不换行空格（BOM））、U+00A0（不换行空格）（本表 2 个编码，首个为 2101501）；已按可见数字识别，建议删除，以免其他系统无法识别',
    );
  });

  it('a label in the code column with an invisible character is not a code', () => {
    const [sheet, a1] = locate(base(), '表3', '合计');
    const codeColumn = `B${a1.slice(1)}`;
    expect(codeFindings(mutateCell(base(), sheet, codeColumn, '合\u200b计'))).toEqual([]);
  });

  it('names compare without invisible characters', () => {
    expect(canonicalName('行政\u200b运行\ufeff')).toBe(canonicalName('行政运行'));
    const [sheet, a1] = locate(base(), '表3', '行政运行');
    expect(codeFindings(mutateCell(base(), sheet, a1, '行政\u2060运行'))).toEqual([]);
  });

  it('lists each invisible character once, in order', () => {
    expect(invisibleCodePoints('2\u200b0\ufeff5\u200b')).toEqual([0x200b, 0xfeff]);
    expect(invisibleCodePoints('2050201 行政运行')).toEqual([]);
    expect(describeInvisible([0x2061])).toBe('U+2061');
  });
});
