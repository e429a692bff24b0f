// The sheet reader takes a cell's r, s and t in one pass (oneLetterAttrs); it must read what attrValue reads, and
// hand anything unusual back to it.
import fc from 'fast-check';
import { attrValue, oneLetterAttrs } from '../../src/xlsx/xml-scan';

function read(attrs: string): Record<string, string | undefined> | null {
  const out: Record<string, string | undefined> = {};
  const ok = oneLetterAttrs(attrs, (letter, value) => {
    const name = String.fromCharCode(letter);
    if (!(name in out)) out[name] = value;
  });
  return ok ? out : null;
}

const name = fc.constantFrom('r', 's', 't', 'x', 'cm', 'vm', 'ph', 'x14ac:dyDescent', 'r:id');
const value = fc.stringMatching(/^[A-Za-z0-9 &;#:._-]{0,8}$/);
const pair = fc.tuple(name, value, fc.constantFrom(' ', '  ', '\n', ' ')).map(([n, v, sp]) => `${n}="${v}"${sp}`);

describe('oneLetterAttrs', () => {
  it('reads a cell tag as Excel, WPS and LibreOffice write it', () => {
    expect(read('r="B12" s="3" t="s"')).toEqual({ r: 'B12', s: '3', t: 's' });
    expect(read('r="A1" t="inlineStr"')).toEqual({ r: 'A1', t: 'inlineStr' });
    expect(read('r="A1" x14ac:dyDescent="0.25" s="2"')).toEqual({ r: 'A1', s: '2' });
    expect(read('t="str" r="C3"')).toEqual({ t: 'str', r: 'C3' });
    expect(read('')).toEqual({});
  });

  it('gives unusual spacing and quotes back to attrValue', () => {
    expect(read("r='A1'")).toBeNull();
    expect(read('r = "A1"')).toBeNull();
    expect(read('r="A1')).toBeNull();
  });

  it('reads r, s and t as attrValue does whenever it reads the tag (each attribute once, as XML requires)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(pair, { maxLength: 6, selector: (p) => p.slice(0, p.indexOf('=')) }), (pairs) => {
        const attrs = pairs.join('').trim();
        const got = read(attrs);
        if (!got) return;
        for (const n of ['r', 's', 't']) expect(got[n]).toBe(attrValue(attrs, n));
      }),
      { numRuns: 2000 },
    );
  });
});
