/** @jest-environment jsdom */
// A long finding list is rendered in slices (150 rows per browser task) so the page never stalls on thousands
// of rows, and every row is there in the end.
import './dom-polyfills';
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import { FindingList } from '../../src/taskpane/components/finding-list';
import type { Finding, Report } from '../../src/engine/report';

function bigReport(n: number): Report {
  const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
    rule: 'codes/order', severity: 'warning', sheet: '支出表', cell: `B${i + 5}`, message: `第 ${i + 1} 条`, expected: null, actual: null,
  })) as unknown as Finding[];
  return { file: 'a.xlsx', entity: null, year: 2021, unit: '万元', tables: [], findings, summary: { errors: 0, warnings: n, infos: 0 } } as unknown as Report;
}

it('renders 150 rows first, then the rest after the page has painted', async () => {
  render(<FindingList report={bigReport(400)} onSelect={() => undefined} />);
  expect(screen.getAllByTestId('finding')).toHaveLength(150);
  await waitFor(() => expect(screen.getAllByTestId('finding')).toHaveLength(400));
});
