// The two promises of issue 17 for a field case: a clean book gives no error, a planted mistake is found at its cell.
import { measure, type FieldCase, type Measure } from '../../fixtures/field/field-case';

/** Declare the two tests of a case (measured once). */
export function expectCase(make: () => FieldCase): void {
  const c = make();
  let m: Measure;
  beforeAll(() => {
    m = measure(c);
  });
  it(`${c.name}: the clean book gives no error`, () => {
    expect(m.falseErrors).toEqual([]);
  });
  it(`${c.name}: each of the ${c.planted.length} planted mistakes is found at its cell`, () => {
    expect(m.missed).toEqual([]);
  });
}
