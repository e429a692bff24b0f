// The reviewer's 「预算公开情况检查表」: one line per item a 财政局 reviewer ticks, with the cells that decide it.
import type { CellRef } from '../report';

/**
 * One item, as the report contract describes it (contracts README, `checklist`): 是 (true), 否 (false), or null
 * when the file cannot decide it (不适用, or no 情况说明 to read).
 */
export interface ChecklistItem {
  /** What the reviewer checks, in Chinese (「“三公”经费增减变化原因」). */
  item: string;
  ok: boolean | null;
  /** The cells or paragraphs the answer rests on. */
  evidence: CellRef[];
  /** One Chinese sentence: why 是/否, what is missing. */
  note: string;
}

/** The three answers of the reviewer's form. */
export type Answer = '是' | '否' | '不适用';

/** 是 / 否 / 不适用 for an answer, as the reviewer's form prints it. */
export function answerText(ok: boolean | null): Answer {
  return ok === true ? '是' : ok === false ? '否' : '不适用';
}
