// The tables a 说明 prints under its sentences (机构设置, 政府采购, 固定资产, 绩效指标), as text cells.
import type { Money } from '../money';
import { wan } from './builder';
import type { FixedAssetFacts } from './fixed-asset-facts';
import type { Organization } from './organization';
import type { PerformanceProject } from './performance-facts';
import type { ProcurementFacts } from './procurement-facts';
import type { DraftTable } from './types';

type Table = Omit<DraftTable, 'after'>;

/** A count or price as printed: no trailing zeros (「10」, 「0.025」), blank when absent. */
function plain(m: Money | null): string {
  return m === null ? '' : m.toFixed();
}

/** 「部门机构设置情况」: one row per unit. */
export function organizationTable(org: Organization, w: string): Table {
  return {
    caption: `${w}机构设置情况`,
    header: ['单位名称', '单位性质', '单位规格', '经费保障形式'],
    rows: org.units.map((u) => [u.name, u.nature, u.rank, u.funding]),
  };
}

/** 「部门政府采购预算」: the items and the 合计; an empty table prints its note as the seeds do. */
export function procurementTable(p: ProcurementFacts, w: string): Table {
  const rows = p.items.map((i) => [i.project, i.item, i.catalog, i.measure, plain(i.quantity), i.unitPrice ? wan(i.unitPrice) : '', wan(i.amount)]);
  if (rows.length > 0) rows.push(['合计', '', '', '', '', '', wan(p.total)]);
  return {
    caption: `${w}政府采购预算（单位：万元）`,
    header: ['项目名称', '采购物品名称', '政府采购目录序号', '计量单位', '数量', '单价', '政府采购金额'],
    rows,
    note: rows.length === 0 ? '注：无政府采购预算，空表列示。' : undefined,
  };
}

/** 「部门固定资产占用情况表」: the lines as the table prints them. */
export function fixedAssetTable(f: FixedAssetFacts, w: string): Table {
  return {
    caption: `${w}固定资产占用情况表`,
    header: ['项目', '数量', '价值（万元）'],
    rows: f.lines.map((l) => [l.role === 'total' ? '资产总额' : l.name, plain(l.quantity), l.value ? wan(l.value) : '']),
  };
}

/** A project's indicators: 一级 / 二级 / 三级指标 / 指标值. */
export function indicatorTable(p: PerformanceProject): Table {
  return {
    header: ['一级指标', '二级指标', '三级指标', '指标值'],
    rows: p.indicators.map((x) => [x.level1, x.level2, x.name, x.value]),
  };
}
