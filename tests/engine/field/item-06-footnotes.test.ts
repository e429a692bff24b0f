// Issue 17 item 6: footnotes and empty-table notes anywhere in the body are text, never codes or amounts.
import { footnoteCase } from '../../fixtures/field/footnotes';
import { expectCase } from './expect-case';

describe('item 6: notes in the body', () => {
  expectCase(footnoteCase);
});
