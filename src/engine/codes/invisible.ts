// Characters a clerk cannot see in a cell (zero-width spaces, BOM, no-break spaces, bidi marks, controls):
// pasted in from web pages and other systems, they make a code look right and read wrong.

/** The invisible characters the engine looks for, as one character class (for removal and tests). */
export const INVISIBLE_CHARS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u034f\u061c\u115f\u1160\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3164\ufeff\uffa0]/gu;

/** INVISIBLE_CHARS without the global flag, for a test that keeps no position between calls. */
const ANY_INVISIBLE = new RegExp(INVISIBLE_CHARS.source, 'u');

/** Chinese names of the invisible characters clerks meet most, for messages. */
const NAMES: Record<number, string> = {
  0x00a0: '不换行空格',
  0x00ad: '软连字符',
  0x200b: '零宽空格',
  0x200c: '零宽不连字',
  0x200d: '零宽连字',
  0x200e: '从左至右标记',
  0x200f: '从右至左标记',
  0x202f: '窄不换行空格',
  0x2060: '零宽不换行字符',
  0xfeff: '零宽不换行空格（BOM）',
};

/** "U+200B" for a code point. */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The distinct invisible characters in `text`, in order of first appearance ([] when there are none). */
export function invisibleCodePoints(text: string): number[] {
  const found: number[] = [];
  // Nearly every code holds none: one test instead of matchAll's copy of the pattern and its iterator per code.
  if (!ANY_INVISIBLE.test(text)) return found;
  for (const m of text.matchAll(INVISIBLE_CHARS)) {
    const cp = m[0].codePointAt(0) ?? 0;
    if (!found.includes(cp)) found.push(cp);
  }
  return found;
}

/** "U+200B（零宽空格）、U+FEFF（零宽不换行空格（BOM））" for messages. */
export function describeInvisible(codePoints: readonly number[]): string {
  return codePoints.map((cp) => (NAMES[cp] ? `${codePointLabel(cp)}（${NAMES[cp]}）` : codePointLabel(cp))).join('、');
}

/** `text` without its invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARS, '');
}
