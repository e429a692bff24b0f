// The pane follows the Office theme: dark body background -> Fluent dark theme.
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { pickTheme } from '../../src/taskpane/theme';
import { groupFindings } from '../../src/taskpane/group-findings';
import { isOpenedByOffice } from '../../src/taskpane/load-office';
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

describe('isOpenedByOffice', () => {
  const base = { search: '', windowName: '', sessionHostInfo: null };
  it('is true only with the _host_Info marker Office adds', () => {
    expect(isOpenedByOffice({ ...base, search: '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0' })).toBe(true);
    expect(isOpenedByOffice({ ...base, search: '?et=&_host_Info=Excel|Web|16.00' })).toBe(true);
    expect(isOpenedByOffice({ ...base, windowName: '{"_host_Info":"excel|web"}' })).toBe(true);
    expect(isOpenedByOffice({ ...base, sessionHostInfo: 'Excel$Mac$16.01' })).toBe(true);
    expect(isOpenedByOffice(base)).toBe(false);
    expect(isOpenedByOffice({ ...base, search: '?file=x_host_Info' })).toBe(false);
  });
});
