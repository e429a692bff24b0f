// The paragraphs and tables of the Word 情况说明: fonts chosen by the heading's numbering (一、 黑体, （一） 楷体,
// 1、 仿宋 bold), body with a 2-character indent, placeholders highlighted, tables as real Word tables.
import {
  AlignmentType, BorderStyle, HeadingLevel, LineRuleType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import type { DraftTable } from '../engine/narrative/types';
import { CHAR, FONTS, LINE, PLACEHOLDER_HIGHLIGHT, SIZES } from './docx-style';

type FontName = (typeof FONTS)[keyof typeof FONTS];

function font(eastAsia: FontName) {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' };
}

const EXACT = { line: LINE.exact, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const PLACEHOLDER = /(【请填写：[^】]*】)/;

/** Runs of one paragraph: the placeholders highlighted, the rest plain. */
function runs(text: string, face: FontName, size: number, bold = false): TextRun[] {
  return text
    .split(PLACEHOLDER)
    .filter((part) => part !== '')
    .map((part) =>
      PLACEHOLDER.test(part)
        ? new TextRun({ text: part, font: font(face), size, bold, highlight: PLACEHOLDER_HIGHLIGHT })
        : new TextRun({ text: part, font: font(face), size, bold }),
    );
}

/** 方正小标宋简体 二号, centered. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE.title, lineRule: LineRuleType.EXACT, before: 0, after: LINE.exact },
    children: runs(text, FONTS.title, SIZES.title),
  });
}

/** The font of a heading from its numbering, as GB/T 9704 orders them (一、 → （一） → 1.). */
function headingFace(text: string, level: 1 | 2 | 3): { face: FontName; bold: boolean } {
  if (/^\s*(第[一二三四五六七八九十\d]+部分|[一二三四五六七八九十]+[、.．]|目\s*录|附件)/.test(text)) return { face: FONTS.heading1, bold: false };
  if (/^\s*[（(][一二三四五六七八九十]+[)）]/.test(text)) return { face: FONTS.heading2, bold: false };
  if (/^\s*\d+[、.．]/.test(text)) return { face: FONTS.body, bold: true };
  return level === 1 ? { face: FONTS.heading1, bold: false } : level === 2 ? { face: FONTS.heading2, bold: false } : { face: FONTS.body, bold: true };
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading: 三号 in its GB/T font, indented like the text; 「第一部分」 and 「目 录」 centered. */
export function headingParagraph(text: string, level: 1 | 2 | 3): Paragraph {
  const { face, bold } = headingFace(text, level);
  const centered = /^\s*(第[一二三四五六七八九十\d]+部分|目\s*录)/.test(text);
  return new Paragraph({
    heading: HEADINGS[level],
    keepNext: true,
    keepLines: true,
    alignment: centered ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: centered ? undefined : { firstLine: 2 * CHAR },
    spacing: EXACT,
    children: runs(text, face, SIZES.text, bold),
  });
}

/** Body text: 仿宋_GB2312 三号, first line indented two characters, fixed 28 pt, justified. */
export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * CHAR },
    spacing: EXACT,
    children: runs(text, FONTS.body, SIZES.text),
  });
}

/** Width of a text in 三号 characters: Chinese characters count one, digits and Latin letters half. */
function widthInChars(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\x00-\xff]/.test(ch) ? 0.5 : 1), 0);
}

/**
 * The 落款 and date after a blank line: the date four characters from the right margin (右空四字), the unit
 * centered over the date (as far as the line allows).
 */
export function signatureParagraphs(unit: string, date: string): Paragraph[] {
  const right = (text: string, chars: number) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: Math.round(chars * CHAR) }, spacing: EXACT, children: runs(text, FONTS.body, SIZES.text) });
  const unitIndent = Math.max(0, 4 + (widthInChars(date) - widthInChars(unit)) / 2);
  return [new Paragraph({ spacing: EXACT, children: [] }), right(unit, unitIndent), right(date, 4)];
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

const NUMBER = /^[-+]?\d[\d,]*(\.\d+)?%?$/;

/** A table cell in 五号; the header row centered and bold, amounts right-aligned. */
function cell(text: string, header: boolean): TableCell {
  const alignment = header ? AlignmentType.CENTER : NUMBER.test(text) ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new TableCell({ children: [new Paragraph({ alignment, children: runs(text, FONTS.body, SIZES.table, header) })] });
}

/** A table as a real Word table (header row repeated on each page), with its caption and note as paragraphs. */
export function tableBlocks(t: DraftTable): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (t.caption) {
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: EXACT, children: runs(t.caption, FONTS.body, SIZES.text, true) }));
  }
  const rows = [
    new TableRow({ tableHeader: true, children: t.header.map((h) => cell(h, true)) }),
    ...t.rows.map((r) => new TableRow({ children: t.header.map((_, i) => cell(r[i] ?? '', false)) })),
  ];
  out.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: BORDERS }));
  if (t.note) out.push(bodyParagraph(t.note));
  return out;
}
