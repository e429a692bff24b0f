// codes/class-lines: the 类 lines of 收支总表 against the year's list (names and order), at the line's name cell.
import { CLASS_LINE_LISTS } from '../../../src/engine/codes/data/class-lines';
import { codesClassLines } from '../../../src/engine/rules/codes-class-lines';
import { codeRuleCases, runCodeRule, where, type CodedRow, type CodedTableSpec } from '../codes/build-coded-table';
import { testRule } from './support/rule-tester';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 -> 一, 15 -> 十五, 20 -> 二十, 31 -> 三十一. */
function numeral(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${NUMERALS[tens - 1]}十`;
  return `${head}${ones === 0 ? '' : NUMERALS[ones - 1]}`;
}

/** The full printed list for a year, as a document prints it, with optional edits. */
function lines(year: number, edit: (names: string[]) => string[] = (n) => n): CodedRow[] {
  const list = CLASS_LINE_LISTS.find((l) => l.year === year);
  if (!list) throw new Error(`no list for ${year}`);
  return edit(list.lines.map((l) => l.name)).map((name, i) => ({ name: `${numeral(i + 1)}、${name}`, classLine: true }));
}

const t = (year: number, rows: CodedRow[]): CodedTableSpec => ({ kind: 'income-expenditure-summary', year, rows });

/** Seed 002 (Henan 2020) prints 十五、资源勘探信息等支出 and 二十二、国有资本经营预算. */
const seed002 = lines(2020, (n) => n.map((x) => (x === '国有资本经营预算支出' ? '国有资本经营预算' : x)));

const valid: [string, CodedTableSpec][] = [
  ['seed 000 (2021): 30 lines', t(2021, lines(2021, (n) => n.filter((x) => x !== '人行科目')))],
  ['seed 001 (2024): 31 lines with 人行科目', t(2024, lines(2024))],
  ['2019: 29 lines', t(2019, lines(2019))],
  ['a table printing only the lines used', t(2021, [{ name: '八、社会保障和就业支出', classLine: true }, { name: '十、卫生健康支出', classLine: true }])],
];

const invalid: [string, CodedTableSpec, string[]][] = [
  ['two lines swapped', t(2021, lines(2021, (n) => { const c = [...n]; [c[7], c[8]] = [c[8], c[7]]; return c; })), ['C10 error']],
  ['seed 002 former name 资源勘探信息等支出 (2020)', t(2020, seed002.map((r, i) => (i === 14 ? { ...r, name: '十五、资源勘探信息等支出' } : r))), ['C16 warning']],
  ['an unknown line name', t(2021, [{ name: '十、医疗卫生支出', classLine: true }]), ['C2 warning']],
  ['234 printed in a 2019 table', t(2019, [...lines(2019), { name: '三十、抗疫特别国债安排的支出', classLine: true }]), ['C31 warning']],
  ['a line numbered twice', t(2021, lines(2021).map((r, i) => (i === 9 ? { ...r, name: '九、卫生健康支出' } : r))), ['C11 warning']],
  ['a missing line in a full list (renumbered)', t(2024, lines(2024, (n) => n.filter((x) => x !== '预备费'))), ['C31 warning']],
  ['a line deleted without renumbering', t(2024, lines(2024).filter((r) => !(r.name ?? '').includes('预备费'))), ['C31 warning', 'C25 warning']],
];

describe('codes/class-lines', () => {
  it('seed 002 as printed gives one warning and no error', () => {
    const findings = runCodeRule(codesClassLines, t(2020, seed002.map((r, i) => (i === 14 ? { ...r, name: '十五、资源勘探信息等支出' } : r))));
    expect(findings.map((f) => f.message)).toEqual(['类级科目「资源勘探信息等支出」是旧名称，2020 年科目表中为「资源勘探工业信息等支出」']);
  });
  it('names the line that should come first', () => {
    const swapped = invalid[0][1];
    expect(runCodeRule(codesClassLines, swapped)[0].message).toBe('类级科目「社会保障和就业支出」应排在「社会保险基金支出」之前，与科目表顺序不一致');
  });
  it('names the missing line', () => {
    expect(runCodeRule(codesClassLines, invalid[5][1]).map((f) => f.message)).toEqual(['支出栏缺少类级科目「预备费」（2024 年科目表）']);
  });
});

testRule('codes/class-lines', codeRuleCases(valid, invalid));
