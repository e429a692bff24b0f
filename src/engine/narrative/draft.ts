// Tables -> a drafted 信息公开情况说明 in the clerk's regional template, plus its plain-text renderings.
import type { BudgetTable } from '../tables/types';
import { DraftBuilder, parsePrior, wordingOf } from './builder';
import { extractFacts, type BudgetFacts } from './facts';
import { hebeiSections } from './hebei';
import { henanSections } from './henan';
import type { DraftOptions, NarrativeDraft } from './types';

/** Draft the whole 情况说明 from recognized tables; figures only from the tables and `options.prior`. */
export function draftNarrative(tables: readonly BudgetTable[], options: DraftOptions = {}): NarrativeDraft {
  return draftFromFacts(extractFacts(tables), options);
}

/** Same as draftNarrative when the facts are already at hand (task pane keeps them between edits). */
export function draftFromFacts(facts: BudgetFacts, options: DraftOptions = {}): NarrativeDraft {
  const template = options.template ?? facts.layout;
  const words = wordingOf(facts, options.prior);
  const b = new DraftBuilder(options.texts);
  const input = { facts, prior: parsePrior(options.prior), words, b };
  const intro = template === 'henan' ? henanSections(input) : hebeiSections(input);
  const kind = template === 'henan' ? '预算情况说明' : '预算信息公开情况说明';
  return {
    title: `${words.entity}${words.y}${words.w}${kind}`,
    template,
    intro,
    sections: b.sections,
    placeholders: b.placeholders,
    fillable: b.fillable,
  };
}

/** Headings and paragraphs in reading order: one entry per row of the inserted sheet. */
export function draftToParagraphs(draft: NarrativeDraft): string[] {
  const out = [draft.title, ...(draft.intro ?? [])];
  for (const s of draft.sections) out.push(s.heading, ...s.paragraphs);
  return out;
}

/** Plain text (clipboard, .txt): one paragraph per line, a blank line between sections. */
export function draftToText(draft: NarrativeDraft): string {
  const blocks = [[draft.title, ...(draft.intro ?? [])].join('\n')];
  for (const s of draft.sections) blocks.push([s.heading, ...s.paragraphs].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** Markdown (.md): the title as #, level-1 headings as ##, level-2 as ###. */
export function draftToMarkdown(draft: NarrativeDraft): string {
  const blocks = [`# ${draft.title}`, ...(draft.intro ?? [])];
  for (const s of draft.sections) {
    blocks.push(`${s.level === 1 ? '##' : '###'} ${s.heading}`, ...s.paragraphs.map(escapeMarkdown));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Keep a paragraph from turning into a list or heading ("1、" is fine; "1." or "#" at the start is not). */
function escapeMarkdown(p: string): string {
  return p.replace(/^(\d+)\./, '$1\\.').replace(/^([#>*+-])/, '\\$1');
}
