// Every zh-CN text the task pane shows, in one place so wording can be reviewed together.
import type { PriorYear } from '../engine/narrative/types';
import type { Severity } from '../engine/report';

/** UI strings of the task pane and the web page. */
export const S = {
  appTitle: '预算公开校验助手',
  tabResults: '校验结果',
  tabNarrative: '情况说明',
  tabCodes: '科目表',
  checkButton: '校验',
  checking: '正在校验…',
  readingWorkbook: '正在读取工作簿…',
  runningRules: '正在校验表格…',
  cancelCheck: '取消',
  oneFileOnly: (n: number) => `一次只能打开一个工作簿，刚才拖入了 ${n} 个文件。请只拖入（或选择）要校验的那一个 .xlsx 文件。`,
  clearMarks: '清除标注',
  autoRecheck: '编辑后自动重新校验',
  marksCleared: '已清除本工具添加的标注。',
  idleHint: '点击「校验」检查当前工作簿中的部门预算公开表格。',
  entity: '单位',
  year: '预算年度',
  unit: '金额单位',
  unknown: '未识别',
  workbook: '工作簿',
  summaryErrors: '错误',
  summaryWarnings: '警告',
  summaryInfos: '提示',
  noFindings: '未发现问题：识别到的表格均已通过校验。',
  noTables: '没有识别到部门预算公开表格。请确认工作簿中包含「部门预算收支总表」等标准表格，并且表头文字完整。',
  noFindingsForFilter: '当前筛选条件下没有结果。',
  filterLabel: '按严重程度筛选',
  filterAll: '全部',
  findingsLabel: '校验结果列表',
  expected: '应为',
  actual: '实为',
  position: '位置',
  rule: '规则',
  related: '相关单元格',
  selectCellFailed: '无法选中该单元格：',
  tablesFound: '已识别的表格',
  tablesMissing: '未找到的标准表格',
  tablesNoneMissing: '15 张标准表格均已找到。',
  emptyTable: '空表',
  genericError: '操作未能完成。请关闭任务窗格后重新打开，再试一次。',
  excelTooOld: (needed: string) => `当前 Excel 版本过旧，本加载项需要支持 ${needed} 的 Excel（Microsoft 365 或 Excel 2021 及以上）。`,
  // Browser page
  openWorkbook: '打开工作簿',
  openHint: '选择或拖入一个 .xlsx 工作簿。文件只在本机浏览器中处理，不会上传到任何地方。',
  dropHere: '把 .xlsx 文件拖到这里',
  openAnother: '打开其他工作簿',
  notXlsx: '只能打开 .xlsx 格式的 Excel 工作簿。请在 Excel 中另存为 .xlsx 后再试。',
  downloadAnnotated: '下载标注版',
  annotatedSuffix: '（标注版）',
  downloadFailed: '标注版生成失败：',
  cellPreview: '选中的单元格',
  cellEmpty: '（空白）',
  // Narrative
  narrativePreview: '情况说明预览',
  narrativeNeedsCheck: '请先完成「校验」，再根据识别到的表格起草情况说明。',
  priorYearTitle: '上年数据（万元，用于同比说明）',
  placeholdersHeader: (open: number) => (open > 0 ? `需要补充的文字（${open} 项未填）` : '需要补充的文字（已全部填写）'),
  copy: '复制全文',
  copied: '已复制到剪贴板。',
  copyFailed: '无法访问剪贴板，请在预览中手动选择文字复制。',
  insertSheet: '插入到工作表',
  inserted: (name: string) => `已插入工作表「${name}」。`,
  exportWord: '导出 Word',
  exportFailed: 'Word 文档生成失败：',
  saveFailed: '设置未能保存：',
  // Code tables
  codesTitle: '导入科目表',
  codesHint: '导入本年度的政府收支分类科目表，校验时优先使用导入的科目名称。',
  codesSheet: '选择科目表所在的工作表',
  codesPickSheet: '请选择工作表',
  codesYear: '科目表年度',
  codesFile: '从文件导入科目表',
  codesImport: '导入',
  codesImported: (n: number) => `已导入 ${n} 张科目表。`,
  codesNone: '尚未导入科目表，使用内置科目表。',
  codesRemove: '移除已导入的科目表',
  codesFailed: '科目表导入失败：',
  codesEntries: (n: number) => `${n} 个科目`,
} as const;

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Label of a severity in the filter and the badges. */
export function severityText(s: Severity): string {
  return SEVERITY_LABEL[s];
}

/** Labels of the prior-year inputs, in display order. */
export const PRIOR_YEAR_FIELDS: readonly { key: Exclude<keyof PriorYear, 'year'>; label: string }[] = [
  { key: 'total', label: '上年收支总计' },
  { key: 'basic', label: '上年基本支出' },
  { key: 'project', label: '上年项目支出' },
  { key: 'personnel', label: '上年人员经费' },
  { key: 'public', label: '上年公用经费' },
  { key: 'threePublic', label: '上年“三公”经费' },
  { key: 'abroad', label: '上年因公出国（境）费' },
  { key: 'vehicle', label: '上年公务用车购置及运行费' },
  { key: 'vehiclePurchase', label: '上年公务用车购置费' },
  { key: 'vehicleOperation', label: '上年公务用车运行费' },
  { key: 'reception', label: '上年公务接待费' },
  { key: 'agencyOperating', label: '上年机关运行经费' },
];
