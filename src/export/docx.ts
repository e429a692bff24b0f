// A drafted 情况说明 as a Word document with real headings, the same bytes in Node and in the browser.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { NarrativeDraft } from '../engine/narrative/types';

const FONT = { ascii: 'Times New Roman', eastAsia: '仿宋', hAnsi: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Times New Roman', eastAsia: '黑体', hAnsi: 'Times New Roman' };
/** 三号 (16pt) body text as government documents use; sizes are in half-points. */
const BODY_SIZE = 32;

function body(text: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, font: FONT, size: BODY_SIZE })],
    indent: { firstLine: 640 },
    spacing: { line: 560 },
  });
}

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun({ text, font: HEADING_FONT, size: BODY_SIZE, bold: level === 2 })],
  });
}

/** The document's paragraphs: title, intro, then each section's heading and text. */
function paragraphsOf(draft: NarrativeDraft): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: draft.title, font: { ...HEADING_FONT, eastAsia: '方正小标宋简体' }, size: 44 })],
    }),
  ];
  for (const p of draft.intro ?? []) out.push(body(p));
  for (const s of draft.sections) {
    out.push(heading(s.heading, s.level));
    for (const p of s.paragraphs) out.push(body(p));
  }
  return out;
}

/** Build the .docx bytes (Packer.toArrayBuffer works in Node and in browsers alike). */
export async function draftToDocx(draft: NarrativeDraft): Promise<Uint8Array> {
  const doc = new Document({
    creator: '预算公开校验助手',
    title: draft.title,
    sections: [{ children: paragraphsOf(draft) }],
  });
  const buffer = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buffer);
}
