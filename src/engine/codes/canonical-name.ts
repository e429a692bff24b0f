// The one place names are normalized before comparison, so every rule agrees on what "the same name" means.

const BRACKETS = /[()[\]{}（）【】〔〕［］｛｝]/g;
const SPACES = /[\s\u3000\u00a0\u200b]+/g;

/**
 * A name as compared against the dictionaries: full-width and half-width forms folded (NFKC),
 * spaces and line breaks removed, brackets ignored ("维修（护）费" = "维修(护)费" = "维修护费").
 */
export function canonicalName(name: string): string {
  return name.normalize('NFKC').replace(SPACES, '').replace(BRACKETS, '');
}

const NUMBERING = /^\s*(?:[一二三四五六七八九十百零〇]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d+\s*[、.．])\s*/;

/** A printed line without its numbering ("二十、住房保障支出" -> "住房保障支出"). */
export function stripNumbering(name: string): string {
  return name.replace(NUMBERING, '');
}
