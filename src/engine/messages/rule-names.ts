// Short Chinese names of the rules: what a clerk sees instead of a rule id (pane, CLI, annotated copy, Word).
const NAMES: Record<string, string> = {
  'cell/decimals': '金额小数位数',
  'cell/formula-error': '公式错误值',
  'cell/negative': '负数金额',
  'cell/not-a-number': '金额不是数字',
  'cell/formula-uncomputed': '公式没有计算结果',
  'codes/class-lines': '类级科目行',
  'comparison/change': '增减额',
  'comparison/change-rate': '增减率',
  'codes/econ-name': '经济分类名称',
  'codes/format': '科目编码格式',
  'codes/name-consistent': '同一科目各表名称不一致',
  'codes/name-mismatch': '科目名称与编码不符',
  'codes/order': '科目排列顺序',
  'codes/parent-missing': '缺少上级科目',
  'codes/unknown': '科目编码不存在',
  'cross/basic-vs-general': '基本支出表与一般公共预算支出表',
  'cross/fiscal-vs-general': '财政拨款收支总表与一般公共预算支出表',
  'cross/fund-tables-presence': '基金、国资支出表与收支总表',
  'cross/general-vs-expenditure': '一般公共预算支出表与支出总表',
  'cross/operating-vs-public': '机关运行经费与公用经费',
  'cross/per-unit-total': '分单位表与部门表的合计',
  'cross/summary-vs-expenditure': '收支总表与支出总表',
  'cross/summary-vs-fiscal': '收支总表与财政拨款收支总表',
  'cross/totals-agree': '收支总表与收入总表、支出总表的合计',
  'fixed-assets/sum': '固定资产合计',
  'narrative/change-arithmetic': '说明中的增减额',
  'narrative/change-without-reason': '说明中缺少增减原因',
  'narrative/figure-mismatch': '说明中的数字与表格不符',
  'narrative/leftover': '说明中的模板残留',
  'narrative/parts-sum': '说明中分项之和',
  'narrative/percentage': '说明中的比例',
  'performance/cost-exceeds-budget': '成本指标超过项目预算',
  'procurement/price-times-quantity': '采购数量×单价',
  'procurement/sum': '政府采购合计',
  'rollup/block-sum': '小计 = 本块之和',
  'rollup/class-sum': '类 = 所属各款之和',
  'rollup/econ-sum': '经济分类合计',
  'rollup/item-sum': '项 = 所属明细之和',
  'rollup/section-sum': '款 = 所属各项之和',
  'rollup/total-sum': '合计 = 各类之和',
  'row/basic-split': '基本支出 = 人员经费 + 公用经费',
  'row/expenditure-split': '合计 = 基本支出 + 项目支出',
  'row/fund-split': '合计 = 各资金来源之和',
  'row/grand-total': '总计 = 合计',
  'row/income-split': '收入合计 = 各项收入之和',
  'row/project-split': '项目支出 = 部门支出 + 专项支出',
  'summary/balance': '收入总计 = 支出总计',
  'summary/expenditure-total': '本年支出合计',
  'summary/grand-totals': '收支总计',
  'summary/income-total': '本年收入合计',
  'three-public/sum': '“三公”经费合计',
  'three-public/vehicle-vs-basic': '公务用车运行维护费',
  'engine/rule-failed': '校验未完成',
};

/** The clerk-facing Chinese name of a rule id; an unknown id gets a generic name, never the English id. */
export function ruleName(id: string): string {
  return NAMES[id] ?? '其他校验';
}

/** True when a rule id has a Chinese name (a test keeps every registered rule named). */
export function hasRuleName(id: string): boolean {
  return id in NAMES;
}
