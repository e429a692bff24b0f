/** @jest-environment jsdom */
// The 情况说明 preview shows the draft's tables where they stand, level-3 headings, and the 落款 with its date.
import './dom-polyfills';
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { NarrativePreview } from '../../src/taskpane/components/narrative-preview';
import type { NarrativeDraft } from '../../src/engine/narrative/types';

const DRAFT: NarrativeDraft = {
  title: '临西县医疗保障局本级2024年单位预算信息公开情况说明',
  template: 'hebei',
  sections: [
    {
      heading: '一、单位职责及机构设置情况',
      level: 1,
      paragraphs: ['单位职责：', '【请填写：单位职责】', '机构设置：', '以上为本单位机构。'],
      tables: [{ caption: '单位机构设置情况', header: ['单位名称', '单位性质', '单位规格', '经费保障形式'], rows: [['临西县医疗保障局本级', '行政', '正科级', '财政拨款']], after: 3 }],
    },
    { heading: '（二）项目绩效目标', level: 3, paragraphs: ['2024年，我单位共有8个项目编制了绩效目标。'] },
  ],
  placeholders: [{ key: 'duties', label: '单位职责' }],
  signature: { unit: '临西县医疗保障局本级', date: '2026年3月5日' },
};

describe('NarrativePreview', () => {
  it('renders a table with caption, header and rows between its paragraphs, and the signature last', () => {
    render(<FluentProvider theme={webLightTheme}><NarrativePreview draft={DRAFT} /></FluentProvider>);
    const preview = screen.getByTestId('narrative');
    const org = within(preview).getByRole('table', { name: '单位机构设置情况' });
    expect(within(org).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['单位名称', '单位性质', '单位规格', '经费保障形式']);
    expect(within(org).getAllByRole('cell').map((c) => c.textContent)).toEqual(['临西县医疗保障局本级', '行政', '正科级', '财政拨款']);
    const before = within(preview).getByText('机构设置：');
    const after = within(preview).getByText('以上为本单位机构。');
    expect(before.compareDocumentPosition(org) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(org.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(preview).getByRole('heading', { name: '（二）项目绩效目标', level: 6 })).toBeInTheDocument();
    expect(screen.getByTestId('signature')).toHaveTextContent('临西县医疗保障局本级2026年3月5日');
  });
});
