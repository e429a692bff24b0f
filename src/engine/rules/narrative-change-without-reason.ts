// A stated increase or decrease should say why (「主要原因是…」): readers of a 情况说明 ask for it.
import { defineRule } from './define-rule';
import { narrativeParagraphs, quote } from './narrative-shared';

const REASON = /原因|主要(是|为|用于)|由于|因为|所致/;

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (/[。！？!?]/.test(text[i])) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Warns when a sentence states a non-zero change and neither it nor the next sentence gives a reason. */
export const narrativeChangeWithoutReason = defineRule({
  id: 'narrative/change-without-reason',
  severity: 'warning',
  description: '情况说明中写明增减变化的，应说明增减原因',
  messages: {
    missing: '「{{phrase}}」写明了增减变化，但没有说明原因，请补充“主要原因是……”。',
  },
  check(ctx) {
    for (const p of narrativeParagraphs(ctx)) {
      const spans = sentences(p.parsed.text);
      const reported = new Set<number>();
      for (const c of p.parsed.changes) {
        const i = c.amount.sentence;
        if (c.amount.value.isZero() || reported.has(i) || !spans[i]) continue;
        const here = p.parsed.text.slice(spans[i].start, spans[i + 1]?.end ?? spans[i].end);
        if (REASON.test(here)) continue;
        reported.add(i);
        ctx.report({ messageId: 'missing', at: p.address, data: { phrase: quote(p.text, c.amount.start, c.amount.end) } });
      }
    }
  },
});
