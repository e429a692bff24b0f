// The pane follows the Office theme: dark body background -> Fluent dark theme.
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { pickTheme } from '../../src/taskpane/theme';
import { groupFindings } from '../../src/taskpane/group-findings';
import { report } from './fakes';

describe('pickTheme', () => {
  it.each([
    [{ bodyBackgroundColor: '#262626' }, webDarkTheme],
    [{ bodyBackgroundColor: '#000000' }, webDarkTheme],
    [{ bodyBackgroundColor: '#FFFFFF' }, webLightTheme],
    [{ bodyBackgroundColor: '#E6E6E6' }, webLightTheme],
    [{ bodyBackgroundColor: 'not a colour' }, webLightTheme],
    [undefined, webLightTheme],
  ])('%j', (office, expected) => {
    expect(pickTheme(office)).toBe(expected);
  });
});

describe('groupFindings', () => {
  it('falls back to the sheet when a finding names no table and its sheet has none', () => {
    const r = report([{ rule: 'x', severity: 'warning', sheet: '说明', cell: 'A3', message: 'm' }]);
    expect(groupFindings(r, 'all').map((g) => g.title)).toEqual(['工作表「说明」']);
  });
});
