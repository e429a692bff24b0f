// The text layer of a PDF as the table rebuilder sees it: positioned strings per page, y measured from the top.

/** One string pdf.js placed on a page (horizontal text only). */
export interface PdfTextItem {
  str: string;
  /** Left edge and baseline, in PDF points; `y` grows downwards from the top of the page. */
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text), in points. */
  size: number;
}

/** The text of one page. */
export interface PdfPageText {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** Consecutive strings of a line close enough to be one cell's text. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
}

/** A line of text on a page: items sharing a baseline, split into segments by the gaps between them. */
export interface TextLine {
  page: number;
  /** 1-based line number on its page, counted top to bottom (what 「第 12 页第 3 行」 names). */
  no: number;
  y: number;
  size: number;
  segments: Segment[];
}

/** Where a cell of the rebuilt grid was read from. */
export interface PdfSpot {
  page: number;
  line: number;
  /** The printed text's box in points from the page's top-left (for marking it on a drawn page). */
  box?: { x0: number; x1: number; top: number; bottom: number };
}
