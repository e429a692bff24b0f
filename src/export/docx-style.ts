// GB/T 9704-2012 (党政机关公文格式) as Word measures: fonts, sizes, margins, line spacing, page numbers.
// Sizes are in half-points (Word's w:sz), lengths in twips (1 pt = 20 twips, 1 mm ≈ 56.69 twips).

/** Fonts: Chinese text in the GB/T fonts, digits and Latin letters in Times New Roman. */
export const FONTS = {
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
  pageNumber: '宋体',
} as const;

/** 二号 22 pt (title), 三号 16 pt (headings and body), 四号 14 pt (page numbers), 五号 10.5 pt (table cells). */
export const SIZES = { title: 44, text: 32, pageNumber: 28, table: 21 } as const;

const MM = 1440 / 25.4;
const twipsOf = (mm: number) => Math.round(mm * MM);

/** A4 with the GB/T margins: 天头 37 mm, 订口 (left) 28 mm, 版心 156 × 225 mm, so bottom 35 mm and right 26 mm. */
export const PAGE = {
  width: twipsOf(210),
  height: twipsOf(297),
  top: twipsOf(37),
  bottom: twipsOf(35),
  left: twipsOf(28),
  right: twipsOf(26),
  /** The page number's 一字线 sits 7 mm under the 版心 (35 − 7 mm, less the 4号 line's ~5 mm). */
  footer: twipsOf(35 - 7 - 5),
} as const;

/** Fixed 28 pt line spacing (22 lines of 28 characters on the 版心). */
export const LINE = { exact: 560, title: 700 } as const;

/** One character of 三号 text (16 pt): first-line indents of 2 characters, the date's 4-character right margin. */
export const CHAR = 320;

/** Word's yellow highlight for the 【请填写：…】 a clerk still has to replace. */
export const PLACEHOLDER_HIGHLIGHT = 'yellow';

/** The page number as GB/T 9704 prints it: 「— 1 —」 (一字线 on each side). */
export const PAGE_NUMBER = { before: '— ', after: ' —' } as const;
