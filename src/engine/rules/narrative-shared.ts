// Shared reading for the narrative/* rules: each paragraph of each written 情况说明, parsed once per rule.
import { formatAmount, type Money } from '../money';
import type { CellAddress } from '../grid/types';
import { extractFacts, type BudgetFacts } from '../narrative/facts';
import { parseFigures, type ParsedText } from '../narrative/parse-figures';
import { ParagraphVerdicts } from '../narrative/verdicts';
import type { BudgetTable, NarrativeBlock } from '../tables/types';
import type { RuleContext } from './define-rule';

/** A paragraph of a written narrative with its figures. */
export interface NarrativeParagraph {
  text: string;
  address: CellAddress;
  parsed: ParsedText;
  /** What the tables say about each figure: relations are judged with the wrong figures corrected. */
  verdicts: ParagraphVerdicts;
}

/** Every paragraph of every narrative block, parsed against the workbook's 类 names. */
export function narrativeParagraphs(ctx: RuleContext, facts?: BudgetFacts): NarrativeParagraph[] {
  // No written 说明: nothing to parse, and no need to read every figure of the tables (costly on big workbooks).
  if (!hasParagraphs(ctx)) return [];
  // Six narrative rules read the same paragraphs of the same check: parse them once (the rules only read them).
  const hit = PARSED.get(ctx.narratives);
  if (hit && hit.tables === ctx.tables) return hit.paragraphs;
  const known = facts ?? extractFacts(ctx.tables);
  const classNames = known.classes.map((c) => c.name);
  const out: NarrativeParagraph[] = [];
  for (const block of ctx.narratives) {
    for (const p of block.paragraphs) {
      const parsed = parseFigures(p.text, classNames);
      out.push({ ...p, parsed, verdicts: new ParagraphVerdicts(parsed, known) });
    }
  }
  PARSED.set(ctx.narratives, { tables: ctx.tables, paragraphs: out });
  return out;
}

/** Paragraphs parsed per recognition (its narrative blocks and tables; `facts` are always those tables' facts). */
const PARSED = new WeakMap<readonly NarrativeBlock[], { tables: readonly BudgetTable[]; paragraphs: NarrativeParagraph[] }>();

/** True when the workbook holds at least one paragraph of a written 情况说明. */
export function hasParagraphs(ctx: RuleContext): boolean {
  return ctx.narratives.some((b) => b.paragraphs.length > 0);
}


/** An amount for a message: two decimals, or more when the text wrote more. */
export function show(m: Money, decimals = 2): string {
  return formatAmount(m, Math.max(2, decimals));
}

/** A short quote of the text around a figure for messages. */
export function quote(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 16);
  const s = text.slice(from, end).replace(/^[，,；;：:。\s]+/, '');
  return s.length > 40 ? `…${s.slice(-40)}` : s;
}
