// `check --checklist` for people: the 预算公开情况检查表 after the findings, one numbered line per item.
import { answerText, type ChecklistItem } from '../engine/checklist/types';

/** Evidence shown per item at most; the JSON lists them all. */
const SHOWN = 4;

/** Render the checklist for a terminal. */
export function renderChecklistText(items: readonly ChecklistItem[]): string {
  const lines = ['', '预算公开情况检查表：'];
  items.forEach((it, i) => {
    lines.push(`  ${String(i + 1).padStart(2)}. [${answerText(it.ok)}] ${it.item}　${it.note}`);
    if (it.evidence.length > 0) {
      const refs = it.evidence.slice(0, SHOWN).map((e) => `${e.sheet}!${e.cell}`).join('、');
      lines.push(`      依据：${refs}${it.evidence.length > SHOWN ? ` 等 ${it.evidence.length} 处` : ''}`);
    }
  });
  const no = items.filter((it) => it.ok === false).length;
  lines.push('', no === 0 ? '检查表各项均为“是”或“不适用”。' : `检查表中有 ${no} 项为“否”。`);
  return `${lines.join('\n')}\n`;
}
