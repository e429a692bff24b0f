// What the clerk is told about cells that could not be marked or cleared as asked (pane and ribbon alike).
import type { ClearOutcome, MarkOutcome } from './workbook-host';

function sheets(names: readonly string[]): string {
  return names.map((n) => `「${n}」`).join('、');
}

/** Sentences about a mark run's exceptions; empty when every cell got its fill and note. */
export function markNotes(o: MarkOutcome | void): string[] {
  if (!o) return [];
  const notes: string[] = [];
  if (o.protectedSheets.length > 0) notes.push(`工作表${sheets(o.protectedSheets)}受保护，其中的问题没有标注；撤消工作表保护后再校验即可标注。`);
  if (o.gradient > 0) notes.push(`${o.gradient} 个单元格是渐变填充，Excel 无法恢复渐变，因此没有改底色，只加了批注。`);
  if (o.unannotated > 0) notes.push(`${o.unannotated} 个单元格已有您自己的批注，只用底色标注，原批注未改动。`);
  if (o.overLimit > 0) notes.push(`问题单元格太多，另有 ${o.overLimit} 个没有标注（错误优先标注），请在任务窗格中查看全部问题。`);
  if (o.skipped > 0) notes.push(`${o.skipped} 条问题指向的单元格已不存在，没有标注。`);
  return notes;
}

/** The sentence for a finished clear. */
export function clearText(o: ClearOutcome | void): string {
  if (!o) return '已清除本工具添加的标注。';
  const parts = [o.cells > 0 ? `已清除本工具添加的标注，${o.cells} 个单元格已恢复原来的底色，只删除了本工具加的批注。` : '没有需要清除的标注。'];
  if (o.protectedSheets.length > 0) parts.push(`工作表${sheets(o.protectedSheets)}受保护，其中的标注保留；撤消保护后再点「清除标注」。`);
  if (o.missing > 0) parts.push(`${o.missing} 个标注所在的工作表已删除，或改名后重新打开过工作簿，无法自动恢复其底色。`);
  return parts.join('');
}
