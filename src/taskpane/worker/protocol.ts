// Messages between the web page and its engine worker. Everything crossing is plain data (structured clone):
// the Grid and the recognized tables (Decimals) stay in the worker.
import type { ChecklistItem } from '../../engine/checklist/types';
import type { ImportedCodeTable } from '../../engine/codes/imported';
import type { AnnotateExtras } from '../../xlsx/annotate';
import type { DraftOptions, NarrativeDraft } from '../../engine/narrative/types';
import type { Finding, Report } from '../../engine/report';
import type { PreviewWindow } from '../workbook-view';
import type { FileFormat } from '../../readers/format';
import type { PdfSpot } from '../../readers/pdf/text-types';
import type { WordFinding } from '../documents';

/** What the page asks; `id` pairs a request with its answer. */
export type WorkerRequest =
  | { id: number; type: 'check'; bytes: Uint8Array; name: string; imported: readonly ImportedCodeTable[] }
  | { id: number; type: 'draft'; options: DraftOptions }
  | { id: number; type: 'preview'; sheet: string; cell: string }
  | { id: number; type: 'checklist'; findings: readonly Finding[] }
  | { id: number; type: 'annotate'; findings: readonly Finding[]; extras?: AnnotateExtras }
  | { id: number; type: 'pdfSpot'; sheet: string; cell: string }
  | { id: number; type: 'checkWord'; name: string; bytes: Uint8Array; imported: readonly ImportedCodeTable[] }
  | { id: number; type: 'sheetNames' }
  | { id: number; type: 'codeTable'; sheet: string; year: number };

/** Answers by request type. */
export interface WorkerAnswers {
  check: { report: Report; format: FileFormat };
  draft: NarrativeDraft;
  preview: PreviewWindow | null;
  checklist: ChecklistItem[];
  annotate: Uint8Array;
  pdfSpot: PdfSpot | null;
  checkWord: WordFinding[];
  sheetNames: string[];
  codeTable: ImportedCodeTable;
}

/** What the worker sends back: progress of a check, an answer, or an error with a zh-CN message. */
export type WorkerMessage =
  | { id: number; type: 'progress'; fraction: number; label: string }
  | { id: number; type: 'result'; value: WorkerAnswers[keyof WorkerAnswers] }
  | { id: number; type: 'error'; message: string; userFacing: boolean };
