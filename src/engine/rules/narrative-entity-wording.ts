// A 单位预算 说明 must not speak of 「部门预算」/「我部门」, nor a 部门预算 说明 of 「单位预算」: reviewers flag the
// wording of a template written for the other scope. Definitions (名词解释) keep the official wording.
import type { CellAddress } from '../grid/types';
import { glossaryFlags, otherScopeWording, scopeOf } from '../narrative/scope';
import { defineRule } from './define-rule';
import { quote } from './narrative-shared';

function offending(text: string, scope: '部门' | '单位'): RegExpMatchArray | undefined {
  return [...text.matchAll(otherScopeWording(scope))][0];
}

/** Flags the first wording of the other scope in each paragraph (and the title). */
export const narrativeEntityWording = defineRule({
  id: 'narrative/entity-wording',
  severity: 'warning',
  description: '情况说明中「部门」「单位」的称谓须与表格（部门预算或单位预算）一致',
  messages: {
    wording: '表格是{{scope}}预算，情况说明中「{{phrase}}」却写“{{word}}”，应统一为“{{right}}”。',
  },
  check(ctx) {
    const scope = scopeOf(ctx.tables);
    if (scope === null) return;
    const right = scope;
    const items: { text: string; address: CellAddress; glossary: boolean }[] = [];
    for (const b of ctx.narratives) {
      items.push({ text: b.title, address: b.titleAddress, glossary: false });
      const flags = glossaryFlags(b.paragraphs.map((p) => p.text));
      b.paragraphs.forEach((p, i) => items.push({ text: p.text, address: p.address, glossary: flags[i] }));
    }
    for (const it of items) {
      if (it.glossary) continue;
      const hit = offending(it.text, scope);
      if (!hit) continue;
      const at = hit.index ?? 0;
      ctx.report({
        messageId: 'wording',
        at: it.address,
        data: { scope, phrase: quote(it.text, at, at + hit[0].length + 4), word: hit[0], right },
      });
    }
  },
});
