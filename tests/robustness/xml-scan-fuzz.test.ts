// The streaming XML scanner: any document cut into any chunks gives the same tags and text as the document
// itself describes, and junk never throws. Seeded fast-check properties.
import fc from 'fast-check';
import { decodeXml, parseAttrs, XmlScanner } from '../../src/xlsx/xml-scan';

interface El {
  name: string;
  attrs: [string, string][];
  children: (El | string)[];
}

const nameArb = fc.constantFrom('row', 'c', 'v', 'x:c', 't', 'si', 'mergeCell', 'r');
const textArb = fc.string({ unit: fc.constantFrom('a', '表', ' ', '>', '&', '"', "'", '\n', '😀', ']', '-'), maxLength: 12 });

const elArb: fc.Arbitrary<El> = fc.letrec<{ el: El }>((tie) => ({
  el: fc.record({
    name: nameArb,
    attrs: fc.uniqueArray(fc.tuple(fc.constantFrom('r', 's', 't', 'ref', 'r:id'), textArb), { selector: (a) => a[0], maxLength: 3 }),
    children: fc.array(fc.oneof({ depthSize: 'small' }, textArb.filter((t) => t !== ''), tie('el')), { maxLength: 4 }),
  }),
})).el;

function esc(s: string, quote: boolean): string {
  const t = s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  // A bare '>' is legal in text and in attribute values: keep it there to test quoted and unquoted '>'.
  return quote ? t.replace(/"/g, '&quot;') : t;
}

function serialize(e: El, cdata: boolean): string {
  const attrs = e.attrs.map(([k, v]) => ` ${k}="${esc(v, true)}"`).join('');
  if (e.children.length === 0) return `<${e.name}${attrs}/>`;
  const inner = e.children
    .map((c) => (typeof c === 'string' ? (cdata && !c.includes(']]>') ? `<![CDATA[${c}]]>` : esc(c, false)) : serialize(c, cdata)))
    .join('');
  return `<${e.name}${attrs}>${inner}</${e.name}>`;
}

function expected(e: El, out: string[]): void {
  const local = e.name.slice(e.name.indexOf(':') + 1);
  out.push(`<${local} ${JSON.stringify(Object.fromEntries(e.attrs))}${e.children.length === 0 ? '/' : ''}`);
  for (const c of e.children) {
    if (typeof c !== 'string') expected(c, out);
    else if (out[out.length - 1].startsWith('"')) out[out.length - 1] += c;
    else out.push(`"${c}`);
  }
  if (e.children.length > 0) out.push(`</${local}`);
}

function scan(chunks: string[]): string[] {
  const out: string[] = [];
  const s = new XmlScanner({
    open: (name, attrs, self) => out.push(`<${name} ${JSON.stringify(parseAttrs(attrs))}${self ? '/' : ''}`),
    close: (name) => out.push(`</${name}`),
    text: (t) => {
      // Adjacent text events (a chunk border, CDATA beside text) are one text node.
      if (out.length > 0 && out[out.length - 1].startsWith('"')) out[out.length - 1] += t;
      else out.push(`"${t}`);
    },
  });
  for (const c of chunks) s.write(c);
  s.end();
  return out;
}

function cut(s: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => Math.floor(p * s.length)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let prev = 0;
  for (const p of at) {
    parts.push(s.slice(prev, p));
    prev = p;
  }
  parts.push(s.slice(prev));
  return parts;
}

describe('XmlScanner', () => {
  it('reports every tag, attribute and text of a document, whatever chunks it arrives in', () => {
    fc.assert(
      fc.property(elArb, fc.boolean(), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), (el, cdata, points) => {
        const doc = `<?xml version="1.0"?><!-- c --><!DOCTYPE x [<!ENTITY a "b">]>${serialize(el, cdata)}`;
        const want: string[] = [];
        expected(el, want);
        expect(scan(cut(doc, points))).toEqual(want);
      }),
      { seed: 1414, numRuns: 400 },
    );
  });

  it('never throws on junk, and reads no entity it does not know', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', '!', '?', '[', ']', '-', '"', "'", '&', ';', '#', 'x', 'a', ' ', '=') , maxLength: 200 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }), (junk, points) => {
        expect(() => scan(cut(junk, points))).not.toThrow();
      }),
      { seed: 1515, numRuns: 500 },
    );
    expect(decodeXml('&lol; &#x1F600; &#0; &#xD800;')).toBe('&lol; 😀 \ufffd \ufffd');
  });

  it('the property can fail: a scanner that loses text is caught', () => {
    const doc = '<a>x</a>';
    expect(scan([doc])).toEqual(['<a {}', '"x', '</a']);
    expect(scan(['<a>', 'x</a>'])).not.toEqual(['<a {}', '</a']);
  });
});
