// Text from a workbook reaches the terminal: escape sequences (ESC[2J clears the screen, ESC[8m hides the rest of
// the report), C1 controls and bidirectional overrides (which reorder what is shown) are taken out first.

/** C0 controls but tab and line feed, DEL and C1; bidi embeddings, overrides, isolates and marks. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same characters, except C0 (JSON.stringify already escapes those). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Terminal text with control and bidi characters removed; tabs become spaces, line feeds stay. */
export function terminalSafe(text: string): string {
  return text.replace(/\t/g, ' ').replace(UNSAFE, '');
}

/** One line of terminal text: also line breaks inside a cell's text become spaces. */
export function terminalLine(text: string): string {
  return terminalSafe(text.replace(/\r\n|[\r\n]/g, ' '));
}

/** JSON text with the remaining unsafe characters written as \u escapes: the same JSON value, nothing raw. */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
