// What every checklist item reads: the tables, the 情况说明 paragraphs with their figures, the findings.
import { addressToA1 } from '../grid/address';
import type { CellAddress, Grid } from '../grid/types';
import { extractFacts, type BudgetFacts } from '../narrative/facts';
import type { FigureKey } from '../narrative/label-keys';
import { parseFigures, type ParsedText } from '../narrative/parse-figures';
import type { CellRef, Finding } from '../report';
import type { BudgetTable, NarrativeBlock, TableKind } from '../tables/types';

/** A paragraph of the 说明 with its figures. */
export interface CheckedParagraph {
  text: string;
  address: CellAddress;
  parsed: ParsedText;
}

/** Everything the items look at, read once. */
export interface ChecklistContext {
  grid: Grid;
  tables: readonly BudgetTable[];
  narratives: readonly NarrativeBlock[];
  paragraphs: CheckedParagraph[];
  facts: BudgetFacts;
  findings: readonly Finding[];
}

/** Read the context from a recognized workbook and the findings of its check. */
export function checklistContext(grid: Grid, tables: readonly BudgetTable[], narratives: readonly NarrativeBlock[], findings: readonly Finding[]): ChecklistContext {
  const facts = extractFacts(tables, grid);
  const classes = facts.classes.map((c) => c.name);
  const paragraphs = narratives.flatMap((b) => b.paragraphs.map((p) => ({ ...p, parsed: parseFigures(p.text, classes) })));
  return { grid, tables, narratives, paragraphs, facts, findings };
}

/** A cell as report evidence. */
export function ref(a: CellAddress): CellRef {
  return { sheet: a.sheet, cell: addressToA1(a) };
}

/** The title cell of each table of a kind. */
export function tableRefs(ctx: ChecklistContext, kind: TableKind): CellRef[] {
  return ctx.tables.filter((t) => t.kind === kind).map((t) => ref(t.titleAddress));
}

/** True when the workbook has a written 说明 with paragraphs (items about it are undecidable otherwise). */
export function hasNarrative(ctx: ChecklistContext): boolean {
  return ctx.paragraphs.length > 0;
}

/** Paragraphs stating a figure of this year for one of the keys. */
export function statingAny(ctx: ChecklistContext, keys: readonly FigureKey[]): CheckedParagraph[] {
  return ctx.paragraphs.filter((p) => p.parsed.amounts.some((a) => a.key !== null && keys.includes(a.key) && a.change === null && !a.comparison));
}

/** Paragraphs whose text matches. */
export function matching(ctx: ChecklistContext, re: RegExp): CheckedParagraph[] {
  return ctx.paragraphs.filter((p) => re.test(p.text));
}

/** Evidence from paragraphs, each once. */
export function refsOf(paragraphs: readonly CheckedParagraph[]): CellRef[] {
  const seen = new Set<string>();
  const out: CellRef[] = [];
  for (const p of paragraphs) {
    const r = ref(p.address);
    const key = `${r.sheet}!${r.cell}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(r);
    }
  }
  return out;
}

/** The note for an item about the 说明 when the workbook holds none. */
export const NO_NARRATIVE = '工作簿中没有找到情况说明（标题含“情况说明”“公开说明”或“编制说明”的工作表），无法判断。';
