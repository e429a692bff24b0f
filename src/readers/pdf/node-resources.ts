// Where pdf.js's character maps and standard fonts lie when the command line runs (inside node_modules).
import * as path from 'node:path';
import type { PdfResources } from './load-pdf';

/** The installed pdfjs-dist's cmaps/ and standard_fonts/ folders (pdf.js reads them from disk in Node). */
export function nodePdfResources(): PdfResources {
  const dir = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: `${path.join(dir, 'cmaps')}${path.sep}`,
    standardFontDataUrl: `${path.join(dir, 'standard_fonts')}${path.sep}`,
  };
}
