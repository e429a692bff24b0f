// A drafted 情况说明 as a Word document laid out as a government document (GB/T 9704): the same bytes in Node and
// in the browser.
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import { sectionBlocks } from '../engine/narrative/draft';
import type { NarrativeDraft } from '../engine/narrative/types';
import { bodyParagraph, headingParagraph, signatureParagraphs, tableBlocks, titleParagraph } from './docx-blocks';
import { CHAR, FONTS, PAGE, PAGE_NUMBER, SIZES } from './docx-style';

/** The document's content: title, intro, then each section's heading, paragraphs and tables, then the 落款. */
function contentOf(draft: NarrativeDraft): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [titleParagraph(draft.title)];
  for (const p of draft.intro ?? []) out.push(bodyParagraph(p));
  for (const s of draft.sections) {
    out.push(headingParagraph(s.heading, s.level));
    for (const block of sectionBlocks(s)) out.push(...(block.kind === 'paragraph' ? [bodyParagraph(block.text)] : tableBlocks(block.table)));
  }
  if (draft.signature) out.push(...signatureParagraphs(draft.signature.unit, draft.signature.date));
  return out;
}

/** 「— 1 —」 in 4号宋体: odd pages on the right, even pages on the left, one character in from the edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const face = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: FONTS.pageNumber };
  const run = (text: string) => new TextRun({ text, font: face, size: SIZES.pageNumber });
  const number = new TextRun({ children: [PageNumber.CURRENT], font: face, size: SIZES.pageNumber });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: CHAR } : { left: CHAR },
        children: [run(PAGE_NUMBER.before), number, run(PAGE_NUMBER.after)],
      }),
    ],
  });
}

/** Word's built-in Title/Heading styles are blue and large: black 三号 instead (runs set the GB/T fonts). */
const BLACK = { run: { color: '000000', bold: false, italics: false, size: SIZES.text }, paragraph: { spacing: { before: 0, after: 0 } } };
const STYLES = {
  default: {
    document: { run: { size: SIZES.text, color: '000000', font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: FONTS.body } } },
    title: { ...BLACK, run: { ...BLACK.run, size: SIZES.title } },
    heading1: BLACK,
    heading2: BLACK,
    heading3: BLACK,
  },
};

/** Build the .docx bytes (Packer.toArrayBuffer works in Node and in browsers alike). */
export async function draftToDocx(draft: NarrativeDraft): Promise<Uint8Array> {
  const doc = new Document({
    creator: '预算公开校验助手',
    title: draft.title,
    evenAndOddHeaderAndFooters: true,
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: PAGE.footer },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: contentOf(draft),
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buffer);
}
