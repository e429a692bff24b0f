// How much memory this Node process may use, so the reader's limits fit the computer instead of a guess.
import { getHeapStatistics } from 'node:v8';
import { annotateCellLimit, limitsForHeap, type ReadLimits } from '../xlsx/zip-limits';

/** The read limits for this process's heap (Node sets it from the computer's memory). */
export function cliReadLimits(): ReadLimits {
  return limitsForHeap(getHeapStatistics().heap_size_limit);
}

/** Most cells `annotate` takes on for this process's heap. */
export function cliAnnotateCellLimit(): number {
  return annotateCellLimit(getHeapStatistics().heap_size_limit);
}
