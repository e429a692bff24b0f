// Template leftovers (XX, 待填写, 【请填写…】, 「错误！未定义书签」, Word field codes) must not reach the public.
import { defineRule } from './define-rule';
import { narrativeParagraphs } from './narrative-shared';

/** What is left over, and how the message names it. */
const LEFTOVERS: readonly { re: RegExp; what: string }[] = [
  { re: /【请填写[^】]*】?/, what: '待填写的占位内容' },
  { re: /待填写|待补充|此处填写/, what: '待填写的占位内容' },
  { re: /错误[！!]\s*(未定义书签|未找到引用源)[。.]?/, what: '失效的 Word 交叉引用' },
  { re: /(?<![A-Za-z\d])[xX×]{1,3}(?:,[xX×]{3})+(?:\.[xX×]+)?(?![A-Za-z])|(?<![A-Za-z\d])[xX×]+\.[xX×]{1,4}(?![A-Za-z])/, what: '金额占位符' },
  { re: /(?<![A-Za-z])(XX+|xx+|ＸＸ+|××+)(?![A-Za-z])/, what: '模板占位符' },
  { re: /\bTC\s+[^\\]{0,80}\\f\s*C\s*\\l\s*\d*|\\f\s*C\s*\\l\s*\d*/, what: 'Word 目录域代码' },
];

/** Flags each paragraph that still holds template text. */
export const narrativeLeftover = defineRule({
  id: 'narrative/leftover',
  severity: 'error',
  description: '情况说明中不得残留模板占位内容（XX、x,xxx、待填写、【请填写…】、「错误！未定义书签」等）',
  messages: {
    leftover: '情况说明中残留{{what}}「{{text}}」，请替换为实际内容或删除。',
  },
  check(ctx) {
    const blocks = ctx.narratives.map((b) => ({ text: b.title, address: b.titleAddress }));
    const paragraphs = [...blocks, ...narrativeParagraphs(ctx).map((p) => ({ text: p.text, address: p.address }))];
    for (const p of paragraphs) {
      for (const { re, what } of LEFTOVERS) {
        const m = re.exec(p.text);
        if (!m) continue;
        const text = m[0].length > 30 ? `${m[0].slice(0, 30)}…` : m[0];
        ctx.report({ messageId: 'leftover', at: p.address, data: { what, text } });
        break;
      }
    }
  },
});
