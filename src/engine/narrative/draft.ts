// Tables -> a drafted 信息公开情况说明 in the clerk's regional template, plus its plain-text renderings.
import type { Grid } from '../grid/types';
import type { BudgetTable } from '../tables/types';
import { DraftBuilder, parsePrior, wordingOf } from './builder';
import { extractFacts, type BudgetFacts } from './facts';
import { hebeiSections } from './hebei';
import { henanSections } from './henan';
import type { DraftOptions, DraftSection, DraftTable, NarrativeDraft } from './types';

/** Facts per recognition: the pane re-drafts on every keystroke, the tables and the workbook stay the same. */
const FACTS = new WeakMap<readonly BudgetTable[], { grid: Grid | undefined; facts: BudgetFacts }>();

function factsOf(tables: readonly BudgetTable[], grid: Grid | undefined): BudgetFacts {
  const hit = FACTS.get(tables);
  if (hit && hit.grid === grid) return hit.facts;
  const facts = extractFacts(tables, grid);
  FACTS.set(tables, { grid, facts });
  return facts;
}

/** Draft the whole 情况说明 from recognized tables; figures only from the tables and `options.prior`. */
export function draftNarrative(tables: readonly BudgetTable[], options: DraftOptions = {}): NarrativeDraft {
  return draftFromFacts(factsOf(tables, options.grid), options);
}

/** Same as draftNarrative when the facts are already at hand (task pane keeps them between edits). */
export function draftFromFacts(facts: BudgetFacts, options: DraftOptions = {}): NarrativeDraft {
  const template = options.template ?? facts.layout;
  const words = wordingOf(facts, options.prior);
  const b = new DraftBuilder(options.texts);
  const input = { facts, prior: parsePrior(options.prior), words, b };
  const intro = template === 'henan' ? henanSections(input) : hebeiSections(input);
  const kind = template === 'henan' ? '预算情况说明' : '预算信息公开情况说明';
  const date = b.fillOr('date', '成文日期', options.date);
  return {
    title: `${words.entity}${words.y}${words.w}${kind}`,
    template,
    intro,
    sections: b.sections,
    placeholders: b.placeholders,
    fillable: b.fillable,
    signature: { unit: words.entity, date },
  };
}

/** One block of a section in reading order: a paragraph or a table. */
export type SectionBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; table: DraftTable };

/** A section's paragraphs and tables in reading order. */
export function sectionBlocks(s: DraftSection): SectionBlock[] {
  const out: SectionBlock[] = [];
  const tables = s.tables ?? [];
  const tablesAt = (n: number) => tables.filter((t) => t.after === n).forEach((table) => out.push({ kind: 'table', table }));
  tablesAt(0);
  s.paragraphs.forEach((text, i) => {
    out.push({ kind: 'paragraph', text });
    tablesAt(i + 1);
  });
  tables.filter((t) => t.after > s.paragraphs.length).forEach((table) => out.push({ kind: 'table', table }));
  return out;
}

/** A table as lines of text: caption, header and rows with cells separated by a tab, then the note. */
function tableLines(t: DraftTable): string[] {
  return [t.caption, t.header.join('\t'), ...t.rows.map((r) => r.join('\t')), t.note].filter((x): x is string => !!x);
}

function signatureLines(draft: NarrativeDraft): string[] {
  return draft.signature ? [draft.signature.unit, draft.signature.date] : [];
}

/** Headings and paragraphs in reading order: one entry per row of the inserted sheet (table rows tab-separated). */
export function draftToParagraphs(draft: NarrativeDraft): string[] {
  const out = [draft.title, ...(draft.intro ?? [])];
  for (const s of draft.sections) {
    out.push(s.heading);
    for (const block of sectionBlocks(s)) out.push(...(block.kind === 'paragraph' ? [block.text] : tableLines(block.table)));
  }
  return [...out, ...signatureLines(draft)];
}

/** Plain text (clipboard, .txt): one paragraph per line, a blank line between sections. */
export function draftToText(draft: NarrativeDraft): string {
  const blocks = [[draft.title, ...(draft.intro ?? [])].join('\n')];
  for (const s of draft.sections) {
    const lines = [s.heading];
    for (const block of sectionBlocks(s)) lines.push(...(block.kind === 'paragraph' ? [block.text] : tableLines(block.table)));
    blocks.push(lines.join('\n'));
  }
  const sign = signatureLines(draft);
  if (sign.length > 0) blocks.push(sign.join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** HTML special characters from cell text, so a Markdown viewer shows them instead of running them. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Keep a paragraph from turning into a list or heading ("1、" is fine; "1." or "#" at the start is not). */
function escapeMarkdown(p: string): string {
  return escapeHtml(p).replace(/^(\d+)\./, '$1\\.').replace(/^([#>*+-])/, '\\$1');
}

function markdownCell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function markdownTable(t: DraftTable): string {
  const row = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const lines = [row(t.header), `| ${t.header.map(() => '---').join(' | ')} |`, ...t.rows.map(row)];
  const caption = t.caption ? [`**${escapeMarkdown(t.caption)}**`] : [];
  const note = t.note ? [escapeMarkdown(t.note)] : [];
  return [...caption, lines.join('\n'), ...note].join('\n\n');
}

const MD_HEADING = { 1: '##', 2: '###', 3: '####' } as const;

/** Markdown (.md): the title as #, headings by level, tables as pipe tables; all cell text HTML-escaped. */
export function draftToMarkdown(draft: NarrativeDraft): string {
  const blocks = [`# ${escapeMarkdown(draft.title)}`, ...(draft.intro ?? []).map(escapeMarkdown)];
  for (const s of draft.sections) {
    blocks.push(`${MD_HEADING[s.level]} ${escapeHtml(s.heading)}`);
    for (const block of sectionBlocks(s)) blocks.push(block.kind === 'paragraph' ? escapeMarkdown(block.text) : markdownTable(block.table));
  }
  const sign = signatureLines(draft).map(escapeMarkdown);
  if (sign.length > 0) blocks.push(sign.join('  \n'));
  return `${blocks.join('\n\n')}\n`;
}
