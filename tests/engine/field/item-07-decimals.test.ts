// Issue 17 item 7: stored vs shown decimals: display rounding is never an error, a stored difference ≥ 0.005 is.
import { runCheck } from '../../fixtures/field/field-case';
import { storedDecimalsCase } from '../../fixtures/field/decimals';
import { expectCase } from './expect-case';

describe('item 7: stored vs shown decimals', () => {
  expectCase(storedDecimalsCase);

  it('no message says the figures agree (相符) and differ (相差) at once', () => {
    const messages = runCheck(storedDecimalsCase().spec).findings.map((f) => f.message);
    expect(messages.filter((m) => m.includes('相符') && m.includes('相差'))).toEqual([]);
  });
});
