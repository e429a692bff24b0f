// The pane's view of its host; the types live in src/host so the Office layer need not import the pane.
export { HostError, type ClearOutcome, type MarkOutcome, type ReadProgress, type WorkbookHost } from '../host/workbook-host';
