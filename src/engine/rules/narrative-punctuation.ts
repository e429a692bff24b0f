// Punctuation reviewers mark in published 说明: 「。。」, quotes and brackets left open or closed with the other
// width (「（其中：…3万元)」), and English commas or periods between Chinese characters.
import { defineRule } from './define-rule';
import { quote } from './narrative-shared';

const HAN = '\\u4e00-\\u9fff';
const DOUBLED = /([。，；、！？：])\1+/;
const ASCII_BETWEEN_HAN = new RegExp(`[${HAN}]\\s*([,;:]|\\.(?!\\d))\\s*(?=[${HAN}])`);
const PAIRS: Record<string, string> = { '（': '）', '(': ')', '“': '”', '‘': '’', '《': '》', '「': '」', '【': '】', '〔': '〕', '[': ']' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));
/** 「1）」「(2)」「二）」 as list markers: a closing bracket after a number at the start of a clause. */
const LIST_MARKER = /(^|[\s，,；;。：:、])[\d一二三四五六七八九十]{1,3}$/;

interface Problem {
  kind: 'doubled' | 'ascii' | 'mixed' | 'unclosed' | 'unopened';
  at: number;
  text: string;
}

/** The first bracket or quote problem: a pair closed with the other width, one left open, a stray closer. */
function bracketProblem(text: string): Problem | null {
  const stack: { ch: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch in PAIRS) {
      stack.push({ ch, at: i });
      continue;
    }
    const opener = CLOSERS.get(ch);
    if (!opener) continue;
    const top = stack[stack.length - 1];
    if (top && top.ch === opener) {
      stack.pop();
    } else if (top && (ch === ')' || ch === '）') && (top.ch === '（' || top.ch === '(')) {
      return { kind: 'mixed', at: top.at, text: text.slice(top.at, i + 1) };
    } else if (!LIST_MARKER.test(text.slice(Math.max(0, i - 4), i))) {
      return { kind: 'unopened', at: i, text: ch };
    }
  }
  const open = stack[0];
  if (open) return { kind: 'unclosed', at: open.at, text: open.ch };
  const straight = [...text.matchAll(/"/g)];
  return straight.length % 2 === 1 ? { kind: 'unclosed', at: straight[straight.length - 1].index ?? 0, text: '"' } : null;
}

function problemsOf(text: string): Problem[] {
  const out: Problem[] = [];
  const doubled = DOUBLED.exec(text);
  if (doubled) out.push({ kind: 'doubled', at: doubled.index, text: doubled[0] });
  const ascii = ASCII_BETWEEN_HAN.exec(text);
  if (ascii) out.push({ kind: 'ascii', at: ascii.index + 1, text: ascii[1] });
  const bracket = bracketProblem(text);
  if (bracket) out.push(bracket);
  return out;
}

/** One warning per paragraph and kind of problem, quoting where it is. */
export const narrativePunctuation = defineRule({
  id: 'narrative/punctuation',
  severity: 'warning',
  description: '情况说明中的标点：不得重复标点（。。），引号、括号须成对且全半角一致，中文之间用中文标点',
  messages: {
    doubled: '「{{phrase}}」中标点“{{text}}”重复。',
    ascii: '「{{phrase}}」中文之间用了英文标点“{{text}}”，应使用中文标点。',
    mixed: '「{{phrase}}」中括号全角、半角混用（“{{text}}”），请统一为全角括号“（）”。',
    unclosed: '「{{phrase}}」中“{{text}}”没有对应的后半部分（引号或括号不成对）。',
    unopened: '「{{phrase}}」中“{{text}}”没有对应的前半部分（引号或括号不成对）。',
  },
  check(ctx) {
    for (const b of ctx.narratives) {
      for (const p of b.paragraphs) {
        for (const problem of problemsOf(p.text)) {
          const text = problem.kind === 'mixed' ? `${problem.text.slice(0, 1)}…${problem.text.slice(-1)}` : problem.text;
          ctx.report({ messageId: problem.kind, at: p.address, data: { phrase: quote(p.text, problem.at, problem.at + 12), text } });
        }
      }
    }
  },
});
