// Properties: what the templates write, the parser reads back exactly; a stated change is checked both ways.
import fc from 'fast-check';
import { money } from '../../../src/engine/money';
import { changeText, wan } from '../../../src/engine/narrative/builder';
import { parseFigures } from '../../../src/engine/narrative/parse-figures';
import { narrativeChangeArithmetic } from '../../../src/engine/rules/narrative-change-arithmetic';
import { runOn } from './support/narrative-grid';

/** Amounts in 万元 with two decimals, as text ("0.00" … "99999.99"). */
const amount = fc.integer({ min: 0, max: 9_999_999 }).map((cents) => money(cents).dividedBy(100));

describe('properties', () => {
  it('an amount written in 万元 or in 元 is read back exactly with what it names', () => {
    fc.assert(
      fc.property(amount, (m) => {
        const [a] = parseFigures(`其中基本支出${wan(m)}万元`).amounts;
        const [b] = parseFigures(`人员经费${m.times(10000).toFixed(0)}元`).amounts;
        return a.key === 'basic' && a.value.equals(m) && b.key === 'personnel' && b.value.equals(m);
      }),
      { numRuns: 200 },
    );
  });

  it('a change the template writes passes change-arithmetic; the opposite direction fails it', () => {
    fc.assert(
      fc.property(amount, amount, (current, prior) => {
        const c = changeText(current, prior, '2020年预算');
        const sentence = `收支安排${wan(current)}万元，${c.text}，主要原因是人员增加。`;
        const ok = runOn(narrativeChangeArithmetic, [sentence]).at.length === 0;
        if (!c.changed) return ok;
        const flipped = sentence.replace(/增加|减少/, (v) => (v === '增加' ? '减少' : '增加'));
        return ok && runOn(narrativeChangeArithmetic, [flipped]).at.length === 1;
      }),
      { numRuns: 100 },
    );
  });
});
