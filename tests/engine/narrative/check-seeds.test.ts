// Checking written narratives: the seeds' own texts against their own tables.
import { check } from '../../../src/engine/check';
import { specToGrid } from '../../fixtures/workbook-spec';
import { findCell, mutateCell } from '../../fixtures/seeds/arrangements';
import { seed000Workbook, seed004Workbook } from '../../fixtures/seeds/workbooks';
import { recognizeWorkbook } from '../../../src/engine/tables/recognize';
import { narrativeFindings, seed } from './support/seeds';

describe('the seeds\' own 情况说明', () => {
  it.each(['000', '001', '002'] as const)('seed %s agrees with its tables: no narrative finding but punctuation', (name) => {
    const { grid, rec } = seed(name);
    expect(rec.narratives.length).toBe(1);
    expect(narrativeFindings(grid, rec).filter((f) => f.rule !== 'narrative/punctuation')).toEqual([]);
  });

  it.each([
    ['000', ['A6 ascii', 'A7 ascii', 'A8 ascii', 'A11 ascii', 'A23 ascii', 'A29 mixed', 'A33 ascii']],
    ['001', ['A6 ascii', 'A29 mixed', 'A32 ascii']],
    ['002', []],
  ] as const)('seed %s: the punctuation slips of the published text are warnings', (name, expected) => {
    const { grid, rec } = seed(name);
    const findings = narrativeFindings(grid, rec).filter((f) => f.rule === 'narrative/punctuation');
    const kind = (m: string) => (m.includes('英文标点') ? 'ascii' : m.includes('混用') ? 'mixed' : 'other');
    expect(findings.map((f) => `${f.cell} ${kind(f.message)}`)).toEqual(expected);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('seed 004 gets the wrong prior-year figure, at the paragraph that states it', () => {
    const { grid, rec } = seed('004');
    const findings = narrativeFindings(grid, rec).filter((f) => f.severity === 'error');
    expect(findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([['narrative/change-arithmetic', '预算信息公开说明', 'A17']]);
    const paragraph = rec.narratives[0].paragraphs.find((p) => p.address.row === 16);
    expect(paragraph?.text).toContain('较上年123829.67万元增加2566.91万元');
    expect(findings[0].message).toContain('16396.58 − 123829.67 = -107433.09');
    expect(findings[0].message).toContain('上年数应为 13829.67 万元');
    expect(findings[0]).toMatchObject({ severity: 'error', expected: '13829.67', actual: '123829.67' });
  });

  it('check() of seed 004 reports it through the registry (exit 1 territory)', () => {
    const report = check(specToGrid(seed004Workbook()), 'seed004.xlsx');
    const f = report.findings.find((x) => x.rule === 'narrative/change-arithmetic');
    expect(f).toMatchObject({ sheet: '预算信息公开说明', cell: 'A17', severity: 'error' });
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('a figure changed in seed 000\'s text is reported at its paragraph, related to the table cell', () => {
    const spec = seed000Workbook().spec;
    const sheet = '信息公开情况说明';
    const a1 = findCell(spec, sheet, (c) => typeof c === 'string' && c.includes('上年末固定资产金额为71.00万元'));
    expect(a1).not.toBeNull();
    const text = '灵寿县医疗保障局（含所属单位）上年末固定资产金额为17.00万元（详见下表）。';
    const grid = specToGrid(mutateCell(spec, sheet, a1!, text));
    const findings = narrativeFindings(grid, recognizeWorkbook(grid)).filter((f) => f.rule !== 'narrative/punctuation');
    expect(findings.map((f) => [f.rule, f.sheet, f.cell, f.expected, f.actual])).toEqual([
      ['narrative/figure-mismatch', sheet, a1, '71.00', '17.00'],
    ]);
    expect(findings[0].related?.[0].sheet).not.toBe(sheet);
  });
});
