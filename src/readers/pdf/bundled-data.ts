// pdf.js's character maps (Chinese PDFs whose fonts are not embedded) and standard fonts, for the web page and the
// pane: each file is a lazy chunk of the app itself, loaded the way every other chunk is (a <script> in a page, a
// script import in a worker). Nothing is requested by URL, so the offline page works from file:// (where a browser
// refuses fetch) and the hosted pane needs no data folder beside its pages.

/** A data: URI (webpack's asset/inline) as bytes. */
function bytesOfDataUri(uri: string): Uint8Array {
  const base64 = uri.slice(uri.indexOf(',') + 1);
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Names pdf.js asks for are its own file names; anything else is refused rather than looked up. */
const CMAP_NAME = /^[A-Za-z0-9-]+$/;
const FONT_FILE = /^[A-Za-z0-9_-]+\.(pfb|ttf)$/;

/** pdf.js's CMapReaderFactory contract (its method is named fetch): the packed (.bcmap) data of a name. */
export class BundledCMapReaderFactory {
  // pdf.js passes { baseUrl, isCompressed }; the data never comes from a URL here.
  constructor(_options?: unknown) {
    void _options;
  }

  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    if (!CMAP_NAME.test(name)) throw new Error(`Unknown CMap ${name}`);
    const mod = (await import(
      /* webpackInclude: /\.bcmap$/ */
      /* webpackChunkName: "pdfjs-cmap-[request]" */
      `pdfjs-dist/cmaps/${name}.bcmap`
    )) as { default: string };
    return { cMapData: bytesOfDataUri(mod.default), isCompressed: true };
  }
}

/** pdf.js's StandardFontDataFactory contract (its method is named fetch): the bytes of a font file. */
export class BundledStandardFontDataFactory {
  constructor(_options?: unknown) {
    void _options;
  }

  async fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    if (!FONT_FILE.test(filename)) throw new Error(`Unknown font ${filename}`);
    const mod = (await import(
      /* webpackInclude: /\.(pfb|ttf)$/ */
      /* webpackChunkName: "pdfjs-font-[request]" */
      `pdfjs-dist/standard_fonts/${filename}`
    )) as { default: string };
    return bytesOfDataUri(mod.default);
  }
}
