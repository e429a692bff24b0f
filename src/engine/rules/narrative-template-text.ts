// Choices a template leaves to the clerk and the clerk did not make: 「增加（减少）」 kept both ways, and
// 「主要原因是。」 with the reason left out. Both reach the public unnoticed when the figures are right.
import type { CellAddress } from '../grid/types';
import { defineRule } from './define-rule';
import { narrativeParagraphs, quote } from './narrative-shared';

/** 「增加（减少）」「增长(下降)」「增加/减少」「增（减）」: both directions of the template kept. */
const CHOICE = /(增加|增长|上升|增|减少|下降|减)\s*(?:[（(]\s*(减少|下降|减|增加|增长|增)\s*[)）]|[/／](减少|下降|增加|增长))/;
/** 「主要原因是。」「原因为；」: a reason phrase followed at once by the end of the clause. */
const EMPTY_REASON = /(主要)?原因(?:(?:是|为|在于|如下)\s*[：:]?|\s*[：:])\s*(?=[。；;，,！!]|$)/;
/** A list of reasons follows in the next paragraph (「…主要原因是：」 then 「1.因公出国…」). */
const LIST_START = /^\s*[（(]?[\d一二三四五六七八九十]+[)）.．、]/;

/** Reports each paragraph that keeps a template choice or an empty reason. */
export const narrativeTemplateText = defineRule({
  id: 'narrative/template-text',
  severity: 'error',
  description: '情况说明中不得残留未选择的模板文字（「增加（减少）」）或没有写原因的「主要原因是。」',
  messages: {
    choice: '「{{phrase}}」保留了模板中的“{{text}}”，请只保留实际的增减方向。',
    emptyReason: '「{{phrase}}」写了“{{text}}”却没有写明原因，请补充具体原因。',
  },
  check(ctx) {
    const paragraphs = narrativeParagraphs(ctx);
    paragraphs.forEach((p, i) => {
      const text = p.text;
      const choice = CHOICE.exec(text);
      if (choice) report(p.address, 'choice', text, choice);
      const reason = EMPTY_REASON.exec(text);
      if (!reason) return;
      const end = reason.index + reason[0].length;
      const colonAtEnd = end >= text.trimEnd().length && /[：:]\s*$/.test(reason[0]);
      const next = paragraphs[i + 1];
      if (colonAtEnd && next && next.address.sheet === p.address.sheet && LIST_START.test(next.text)) return;
      report(p.address, 'emptyReason', text, reason);
    });

    function report(at: CellAddress, messageId: string, text: string, m: RegExpExecArray): void {
      ctx.report({ messageId, at, data: { phrase: quote(text, m.index, m.index + m[0].length + 1), text: m[0].trim() } });
    }
  },
});
