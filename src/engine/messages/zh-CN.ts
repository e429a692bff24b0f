// The Chinese wording of the diagnosis: one place to review how sum findings read. {{name}} placeholders are filled
// from a finding's params; rules keep their own condition messages next to them (rules/*.ts), all listed by
// catalogue.ts so the whole wording can be read in one file (docs/messages.md).

/** Message templates of findings made by the diagnosis (sums, splits, cross-table figures), by message code. */
export const DIAGNOSIS_MESSAGES = {
  /** The target itself is the cell to change. */
  'sum.target': '{{subject}}：{{column}} {{actual}}，{{reference}} {{expected}}，相差 {{diff}}{{typo}}{{note}}',
  /** A part is the cell to change: the clerk is told the value and which total it puts right. */
  'sum.part': '{{cellSubject}}：{{cellColumn}} {{actual}}，应为 {{expected}}，相差 {{diff}}；改正后{{subject}}这一行的{{column}}就等于{{reference}}{{typo}}{{note}}',
  /** The cell to change repeats a figure of another table that is right. */
  'sum.equal-part':
    '{{cellSubject}}：{{cellColumn}} {{actual}}，应为 {{expected}}，相差 {{diff}}；改正后与{{targetTable}}{{subject}}的{{column}}一致{{typo}}{{note}}',
  /** A second cell the same slip was carried into (a row total typed from the wrong part). */
  'sum.carried': '{{cellSubject}}：{{cellColumn}} {{actual}}，应为 {{expected}}，相差 {{diff}}；与 {{sourceCell}} 是同一处错误，须一并改正',
  /** Several explanations fit equally well: no 应为, the candidates are listed. */
  'sum.ambiguous': '{{subject}}：{{column}} {{actual}}，{{reference}} {{sum}}，相差 {{diff}}；无法判断是哪一处填错，以下{{count}}处之一有误：{{options}}',
  /** Too many figures disagree to tell which to change. */
  'sum.unlocated': '{{subject}}：{{column}} {{actual}}，{{reference}} {{sum}}，相差 {{diff}}；相关数字有多处不符，未能判断应改哪一处，请逐项核对',
  /** Only the shown (rounded) figures disagree. */
  'sum.rounding':
    '{{subject}}：{{column}} 显示为 {{actual}}，按显示的数字计算{{reference}}为 {{expected}}；按单元格存储的完整数值计算两者一致，这是显示舍入造成的，无需修改',
  /** The stored values differ by less than half a unit of the last shown decimal. */
  'sum.hidden':
    '{{subject}}：{{column}} 存储值 {{actual}}，{{reference}} {{expected}}，差额 {{diff}} 不足显示的最小单位，表上看不出；建议把金额四舍五入到两位小数后再填',
  /** A related identity the correction also puts right. */
  'related.breaks': '{{subject}}的{{column}}因此与{{reference}}不符',
  /** A cell that only a formula reads (no table line holds it) is the one to change. */
  'formula.source': '{{cellSubject}}：{{cellColumn}} {{actual}}，应为 {{expected}}，相差 {{diff}}；{{formulaCell}} 的公式引用了这个单元格{{typo}}',
  /** A formula whose range leaves out (or takes in) lines the total is made of. */
  'formula.range': '{{subject}}：{{column}}的公式 ={{formula}} {{problem}}，所以结果 {{actual}} 与{{reference}} {{sum}} 相差 {{diff}}；请改正公式（不要直接改写数字）',
  /** The wrong figure is a formula's result (a formula the diagnosis cannot read as a sum): check the formula. */
  'formula.result': '{{cellSubject}}：{{cellColumn}}由公式计算，结果 {{actual}}，按{{subject}}的{{reference}}应为 {{expected}}，相差 {{diff}}；请检查这个公式（不要直接改写数字）',
  /** A formula whose saved result is not what it gives now: the workbook was not recalculated. */
  'formula.stale': '{{cellSubject}}：{{cellColumn}}的公式 ={{formula}} 保存的结果是 {{actual}}，按当前数字计算应为 {{evaluated}}；工作簿没有重新计算，请按 F9（或打开 Excel 保存一次）后再核对',
  /** A related formula that follows the finding's cell. */
  'related.formula': '此格由公式计算，改正后会自动更新',
  /** A related cell that must change with the finding's cell. */
  'related.carried': '{{cellSubject}}的{{cellColumn}}也应改为 {{expected}}',
} as const;

/** A diagnosis message code. */
export type DiagnosisCode = keyof typeof DIAGNOSIS_MESSAGES;

/** How a clerk reads each kind of typing slip, appended to a finding. */
export const TYPO_NOTE = '；疑似{{kind}}（{{actual}} 应为 {{expected}}）';
