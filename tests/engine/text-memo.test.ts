// memoByText answers a pure function of a text from a map for texts already seen, keeping at most maxEntries texts
// no longer than maxLength; whatever it keeps, its answers are the function's.
import { memoByText } from '../../src/engine/text-memo';

describe('memoByText', () => {
  it('asks the function once per short text and answers as it does, null and false included', () => {
    const asked: string[] = [];
    const f = memoByText((t: string) => {
      asked.push(t);
      return t === '合计' ? null : t.length > 2;
    });
    expect([f('合计'), f('合计'), f('一般公共服务支出'), f('一般公共服务支出'), f('类'), f('类')]).toEqual([null, null, true, true, false, false]);
    expect(asked).toEqual(['合计', '一般公共服务支出', '类']);
  });

  it('keeps no more than maxEntries texts, and none longer than maxLength', () => {
    const asked: string[] = [];
    const f = memoByText((t: string) => (asked.push(t), t.length), 2, 5);
    for (const t of ['a', 'b', 'c', 'a', 'b', 'c', 'longer text', 'longer text']) f(t);
    expect(asked).toEqual(['a', 'b', 'c', 'c', 'longer text', 'longer text']);
  });
});
