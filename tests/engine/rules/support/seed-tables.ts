// Table specs with the seeds' published figures (seed 000 灵寿县 2021 Hebei, seed 002 沁阳市 2020 Henan).
import type { RowSpec, TableSpec } from './build-table';
import { BASIC, FUNCTIONAL } from '../../../fixtures/seeds/seed000';

/** Seed 000 部门预算支出总表 rows (code, name, 合计, 基本支出, 项目支出): the fixture's own figures. */
const SEED000_EXPENDITURE = FUNCTIONAL;

/** Seed 000 部门预算支出总表 (合计, 基本支出, 项目支出; 经营支出 etc. blank). */
export function seed000Expenditure(): TableSpec {
  return {
    kind: 'expenditure-summary',
    sheet: '支出总表',
    columns: ['total', 'basic', 'project', 'operating', 'remitUpper', 'subsidiary'],
    rows: SEED000_EXPENDITURE.map(([code, name, t, b, p]) => ({ code, name, v: [t, b, p, null, null, null] })),
  };
}

/** Seed 000 一般公共预算财政拨款支出表: the same figures, 合计 / 基本支出 / 项目支出. */
export function seed000General(): TableSpec {
  return {
    kind: 'general-budget-expenditure',
    sheet: '一般公共预算支出表',
    columns: ['total', 'basic', 'project'],
    rows: SEED000_EXPENDITURE.map(([code, name, t, b, p]) => ({ code, name, v: [t, b, p] })),
  };
}

type N = number | null;
/** A Henan row whose money is all 人员经费 (合计 = 基本 = 人员). */
function staff(x: number): N[] {
  return [x, x, x, x, null, null, null, null];
}

/** Seed 002 部门支出总体情况表 rows as published: 类, 款, 项, name, level, then the 8 amount columns. */
const SEED002_EXPENDITURE: [string, string, string, string, RowSpec['level'], N[]][] = [
  ['', '', '', '合计', 'total', [141.47, 141.47, 57.47, 56.27, 1.2, 84.0, 35.0, 49.0]],
  ['208', '', '', '社会保障和就业支出', 'class', staff(5.95)],
  ['208', '05', '', '行政事业单位养老支出', 'section', staff(5.95)],
  ['208', '05', '05', '机关事业单位基本养老保险缴费支出', 'item', staff(5.95)],
  ['208', '05', '05', '养老保险金', 'detail', staff(5.95)],
  ['210', '', '', '卫生健康支出', 'class', [131.4, 131.4, 47.4, 46.2, 1.2, 84.0, 35.0, 49.0]],
  ['210', '11', '', '行政事业单位医疗', 'section', staff(2.81)],
  ['210', '11', '01', '行政单位医疗', 'item', staff(2.81)],
  ['210', '11', '01', '医疗保险金', 'detail', staff(2.6)],
  ['210', '11', '01', '生育保险费', 'detail', staff(0.19)],
  ['210', '11', '01', '大病医保', 'detail', staff(0.02)],
  ['210', '15', '', '医疗保障管理事务', 'section', [128.59, 128.59, 44.59, 43.39, 1.2, 84.0, 35.0, 49.0]],
  ['210', '15', '01', '行政运行', 'item', [44.59, 44.59, 44.59, 43.39, 1.2, null, null, null]],
  ['210', '15', '01', '年终一次性奖金', 'detail', staff(2.86)],
  ['210', '15', '01', '年度目标考核奖', 'detail', staff(2.86)],
  ['210', '15', '01', '在职人员采暖补贴', 'detail', staff(0.3)],
  ['210', '15', '01', '福利费', 'detail', staff(0.93)],
  ['210', '15', '01', '工伤保险费', 'detail', staff(0.07)],
  ['210', '15', '01', '在职人员公用经费', 'detail', [1.2, 1.2, 1.2, null, 1.2, null, null, null]],
  ['210', '15', '01', '工会经费', 'detail', staff(0.74)],
  ['210', '15', '01', '行政人员及机关技术工人年工资总额', 'detail', staff(34.33)],
  ['210', '15', '01', '在职人员物业服务补贴', 'detail', staff(1.3)],
  ['210', '15', '04', '信息化建设', 'item', [64.0, 64.0, null, null, null, 64.0, 35.0, 29.0]],
  ['210', '15', '04', '提前下达2020年中央财政医疗服务与保障能力提升补助资金', 'detail', [19.0, 19.0, null, null, null, 19.0, null, 19.0]],
  ['210', '15', '04', '医疗服务与保障能力提升', 'detail', [35.0, 35.0, null, null, null, 35.0, 35.0, null]],
  ['210', '15', '04', '医保支付方式改革', 'detail', [10.0, 10.0, null, null, null, 10.0, null, 10.0]],
  ['210', '15', '05', '医疗保障政策管理', 'item', [20.0, 20.0, null, null, null, 20.0, null, 20.0]],
  ['210', '15', '05', '打击欺诈骗保及投诉举报奖励专项经费', 'detail', [20.0, 20.0, null, null, null, 20.0, null, 20.0]],
  ['221', '', '', '住房保障支出', 'class', staff(4.12)],
  ['221', '02', '', '住房改革支出', 'section', staff(4.12)],
  ['221', '02', '01', '住房公积金', 'item', staff(4.12)],
  ['221', '02', '01', '住房公积金', 'detail', staff(4.12)],
];

/** Seed 002 部门支出总体情况表 (Henan): 总计, 合计, 基本支出 小计/人员/公用, 项目支出 小计/部门/专项. */
export function seed002Expenditure(): TableSpec {
  return {
    kind: 'expenditure-summary',
    sheet: '部门支出总体情况表',
    layout: 'henan',
    columns: ['grandTotal', 'total', 'basic', 'personnel', 'public', 'project', 'deptProject', 'specialProject'],
    rows: SEED002_EXPENDITURE.map(([c, s, i, name, level, v]) => ({ code: c + s + i || null, name, level, v })),
  };
}

/** Seed 000 一般公共预算财政拨款基本支出表 rows (code, name, 合计, 人员经费, 公用经费): the fixture's own figures. */
const SEED000_BASIC = BASIC;

/** Seed 000 基本支出表 (Hebei, 301/30101 codes, 合计 / 人员经费 / 公用经费). */
export function seed000Basic(): TableSpec {
  return {
    kind: 'general-budget-basic-expenditure',
    sheet: '基本支出表',
    columns: ['total', 'personnel', 'public'],
    rows: SEED000_BASIC.map(([code, name, t, p, q]) => ({
      code,
      name,
      level: code === null ? 'total' : code.length === 3 ? 'econ-class' : 'econ-section',
      v: [t, p, q],
    })),
  };
}

/** Seed 002 一般公共预算基本支出情况表 (Henan: no codes, one 金额 column; 工会经费/福利费 under 商品和服务支出). */
export function seed002Basic(): TableSpec {
  const rows: [string, RowSpec['level'], number][] = [
    ['合计', 'total', 57.47],
    ['工资福利支出', 'econ-class', 54.6],
    ['基本工资', 'econ-section', 24.72],
    ['津贴补贴', 'econ-section', 11.21],
    ['奖金', 'econ-section', 5.72],
    ['机关事业单位基本养老保险费', 'econ-section', 5.95],
    ['城镇职工基本医疗保险缴费', 'econ-section', 2.6],
    ['其他社会保障性缴费', 'econ-section', 0.28],
    ['住房公积金', 'econ-section', 4.12],
    ['商品和服务支出', 'econ-class', 2.87],
    ['办公费', 'econ-section', 0.6],
    ['电费', 'econ-section', 0.4],
    ['差旅费', 'econ-section', 0.1],
    ['会议费', 'econ-section', 0.1],
    ['工会经费', 'econ-section', 0.74],
    ['福利费', 'econ-section', 0.93],
  ];
  return {
    kind: 'general-budget-basic-expenditure',
    sheet: '基本支出情况表',
    layout: 'henan',
    columns: ['total'],
    rows: rows.map(([name, level, v]) => ({ code: null, name, level, v: [v] })),
  };
}
