// SUMIF's criteria as Excel reads them: 208, "208", ">0", "<>", "21*", "行政?行", a cell holding any of those.
import type { Money } from '../money';
import { numberFromText, type Scalar } from './values';

/** Whether one cell of the criteria range matches; null when the criteria cannot be read here. */
export type Matcher = (cell: Scalar) => boolean;

/** A comparison operator, in criteria (">0") and in formulas (A1>0). */
export type Op = '=' | '<>' | '<' | '>' | '<=' | '>=';

const OPERATOR = /^(<=|>=|<>|=|<|>)?([\s\S]*)$/;

/**
 * Build the matcher for a criteria value. Numbers compare as numbers, and so does number text in the range
 * (Excel converts both sides); other text compares case-insensitively with text cells, with * ? ~ wildcards for
 * = and <>. An empty criteria cell is left to Excel (null): its meaning differs between spreadsheet programs.
 */
export function criteriaMatcher(criteria: Scalar): Matcher | null {
  switch (criteria.t) {
    case 'num':
      return numberMatcher('=', criteria.v);
    case 'bool':
      return (c) => c.t === 'bool' && c.v === criteria.v;
    case 'text':
      return textCriteria(criteria.v);
    default:
      return null;
  }
}

function textCriteria(text: string): Matcher | null {
  const m = OPERATOR.exec(text);
  if (!m) return null;
  const op = (m[1] ?? '=') as Op;
  const operand = m[2];
  if (operand === '') {
    if (op === '=') return isEmpty;
    if (op === '<>') return (c) => !isEmpty(c);
    return () => false;
  }
  const n = numberFromText(operand);
  if (n) return numberMatcher(op, n);
  const upper = operand.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') {
    const want = upper === 'TRUE';
    return op === '<>' ? (c) => !(c.t === 'bool' && c.v === want) : op === '=' ? (c) => c.t === 'bool' && c.v === want : () => false;
  }
  if (op === '=' || op === '<>') {
    const equal = textEquality(operand);
    return op === '=' ? (c) => c.t === 'text' && equal(c.v) : (c) => !(c.t === 'text' && equal(c.v));
  }
  return (c) => c.t === 'text' && compares(op, compareText(c.v, operand));
}

function isEmpty(c: Scalar): boolean {
  return c.t === 'blank' || (c.t === 'text' && c.v === '');
}

function numberMatcher(op: Op, n: Money): Matcher {
  return (c) => {
    const v = numberOf(c);
    if (v === null) return op === '<>';
    return compares(op, v.comparedTo(n));
  };
}

/** A cell as a number for numeric criteria: numbers, and text that reads as a number. */
function numberOf(c: Scalar): Money | null {
  if (c.t === 'num') return c.v;
  if (c.t === 'text') return c.n ?? numberFromText(c.v);
  return null;
}

/** Whether a comparison result (-1, 0, 1) satisfies the operator. */
export function compares(op: Op, cmp: number): boolean {
  switch (op) {
    case '=':
      return cmp === 0;
    case '<>':
      return cmp !== 0;
    case '<':
      return cmp < 0;
    case '>':
      return cmp > 0;
    case '<=':
      return cmp <= 0;
    case '>=':
      return cmp >= 0;
  }
}

/** Case-insensitive text order (Excel ignores case when it compares text). */
export function compareText(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Equality with a pattern: * any run, ? one character, ~ makes the next character literal. */
function textEquality(pattern: string): (text: string) => boolean {
  if (!/[*?~]/.test(pattern)) {
    const want = pattern.toUpperCase();
    return (t) => t.toUpperCase() === want;
  }
  const chars = Array.from(pattern);
  let source = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '~' && i + 1 < chars.length) source += escapeRegExp(chars[++i]);
    else if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += escapeRegExp(ch);
  }
  const re = new RegExp(`^${source}$`, 'iu');
  return (t) => re.test(t);
}

function escapeRegExp(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
