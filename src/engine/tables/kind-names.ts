// Chinese names of the standard tables, for every host's output (CLI text, task pane, annotated copy).
import type { TableKind } from './types';

const KIND_NAMES: Record<TableKind, string> = {
  'income-expenditure-summary': '收支总表',
  'income-summary': '收入总表',
  'expenditure-summary': '支出总表',
  'fiscal-grant-summary': '财政拨款收支总表',
  'general-budget-expenditure': '一般公共预算支出表',
  'general-budget-basic-expenditure': '一般公共预算基本支出表',
  'gov-fund-expenditure': '政府性基金预算支出表',
  'state-capital-expenditure': '国有资本经营预算支出表',
  'three-public-expenses': '“三公”经费支出表',
  'economic-classification-summary': '支出经济分类总体情况表',
  'agency-operating-costs': '机关运行经费表',
  'project-expenditure': '项目支出表',
  procurement: '政府采购预算表',
  'fixed-assets': '固定资产占用情况表',
  'performance-targets': '项目绩效目标表',
};

/** Short Chinese name of a table kind (「收支总表」). */
export function kindName(kind: TableKind): string {
  return KIND_NAMES[kind];
}
