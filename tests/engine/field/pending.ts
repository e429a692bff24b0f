// What the field cases still wait for outside recognition (src/engine/tables): the lead's comparison core and rules.

/** Stored cents behind an integer 元 format (Shanghai) differ from whole-元 figures by less than the unit shown. */
export const INTEGER_CENTS =
  'a stored difference under half the shown unit (0.45 元 behind #,##0) must be display rounding; diagnosis/evaluate.ts uses a fixed 0.005';

/** The 预算单位 财务收支预算总表 has 人员经费 and 公用经费 but no 基本支出 column. */
export const PERSONNEL_PUBLIC = 'row/expenditure-split must read 基本支出 as 人员经费 + 公用经费 where no 基本支出 column exists (rules/support/splits.ts)';

/** Without a department 支出总表, the cross-table rules take the per-unit one and match its lines by code. */
export const PER_UNIT_ONLY =
  'cross rules must not match lines of a per-unit table by code (firstOf / codedRow in rules/support): compare its 合计 only';
