// Issue 17 item 3: names only, no codes: hierarchy from indentation or from the 类/款/项 names.
import { indentedCase, plainNamesCase } from '../../fixtures/field/names-only';
import { expectCase } from './expect-case';

describe('item 3: names-only tables', () => {
  expectCase(indentedCase);
  expectCase(plainNamesCase);
});
