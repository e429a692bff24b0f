// A big realistic workbook without generating every row: the sheets of a package repeated under new names
// (单位1 … 单位N copied k times), so a 30 MB book is built in seconds from the 200-unit one.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** The package with every worksheet present `times` times (copies named 「…-2」, 「…-3」, …). */
export function replicateSheets(bytes: Uint8Array, times: number): Uint8Array {
  const files = unzipSync(bytes);
  const book = strFromU8(files['xl/workbook.xml']);
  const sheetTags = [...book.matchAll(/<sheet name="([^"]*)" sheetId="(\d+)"[^>]*r:id="rId(\d+)"\/>/g)];
  const out: Zippable = { ...files };
  const tags: string[] = [];
  const rels: string[] = [];
  const types: string[] = [];
  let next = sheetTags.length + 1;
  for (let k = 2; k <= times; k++) {
    for (const [, name, , rid] of sheetTags) {
      out[`xl/worksheets/sheet${next}.xml`] = files[`xl/worksheets/sheet${rid}.xml`];
      tags.push(`<sheet name="${name}-${k}" sheetId="${next}" r:id="rId${next}"/>`);
      rels.push(`<Relationship Id="rId${next}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${next}.xml"/>`);
      types.push(`<Override PartName="/xl/worksheets/sheet${next}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
      next++;
    }
  }
  out['xl/workbook.xml'] = strToU8(book.replace('</sheets>', `${tags.join('')}</sheets>`));
  out['xl/_rels/workbook.xml.rels'] = strToU8(strFromU8(files['xl/_rels/workbook.xml.rels']).replace('</Relationships>', `${rels.join('')}</Relationships>`));
  out['[Content_Types].xml'] = strToU8(strFromU8(files['[Content_Types].xml']).replace('</Types>', `${types.join('')}</Types>`));
  return zipSync(out, { level: 6 });
}
