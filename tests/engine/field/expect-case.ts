// The two promises of issue 17 for a field case: a clean book gives no error, a planted mistake is found at its cell.
import { measure, type FieldCase, type Measure } from '../../fixtures/field/field-case';

/** Promises a case cannot keep yet, each with what it waits for (outside recognition): declared with it.failing. */
export interface Pending {
  clean?: string;
  planted?: string;
}

/**
 * Declare the two tests of a case (measured once). A pending promise is an `it.failing`: it passes while the
 * promise is broken and fails the day it holds, so whoever fixes the cause also turns it into a plain test.
 */
export function expectCase(make: () => FieldCase, pending: Pending = {}): void {
  const c = make();
  let m: Measure;
  beforeAll(() => {
    m = measure(c);
  });
  const clean = pending.clean ? it.failing : it;
  clean(`${c.name}: the clean book gives no error${pending.clean ? ` (pending: ${pending.clean})` : ''}`, () => {
    expect(m.falseErrors).toEqual([]);
  });
  const planted = pending.planted ? it.failing : it;
  planted(`${c.name}: each of the ${c.planted.length} planted mistakes is found at its cell${pending.planted ? ` (pending: ${pending.planted})` : ''}`, () => {
    expect(m.missed).toEqual([]);
  });
}
