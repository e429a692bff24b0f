// pdf.js ships no types for its worker module; the reader only hands it to pdf.js as `globalThis.pdfjsWorker`.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  /** The worker's message handler, run in the same thread when no Worker is started. */
  export const WorkerMessageHandler: unknown;
}
