// Combining a clerk's own cell note with the note this tool writes, so annotating never loses what they wrote.
import type ExcelJS from 'exceljs';
import { NOTE_PREFIX } from '../engine/mark-style';

/** Line put between the clerk's note and ours. */
export const NOTE_SEPARATOR = '\n————————\n';

type NoteValue = string | ExcelJS.Comment | undefined;

/** The plain text of an exceljs note (a string, or rich-text runs). */
export function noteToText(note: NoteValue): string {
  if (note === undefined || note === null) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text ?? '').join('');
}

/** The clerk's part of a note: everything before a note this tool wrote earlier (re-annotating a copy). */
export function userPartOf(text: string): string {
  const at = text.indexOf(NOTE_PREFIX);
  if (at < 0) return text;
  const before = text.slice(0, at);
  const cut = before.endsWith(NOTE_SEPARATOR) ? before.slice(0, -NOTE_SEPARATOR.length) : before;
  return cut.replace(/\s+$/, '');
}

/**
 * The note to put on a cell: ours alone when the cell had none, else the clerk's note kept as it was
 * (rich-text runs included) with ours appended below a separator.
 */
export function mergeNote(existing: NoteValue, ours: string): string | ExcelJS.Comment {
  const text = noteToText(existing);
  if (text.trim() === '') return ours;
  const user = userPartOf(text);
  if (user.trim() === '') return ours;
  if (typeof existing === 'object' && existing !== null && user === text) {
    const texts = [...(existing.texts ?? []), { text: NOTE_SEPARATOR }, { text: ours }];
    return { ...existing, texts } as ExcelJS.Comment;
  }
  return `${user}${NOTE_SEPARATOR}${ours}`;
}
