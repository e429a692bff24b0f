// Long work as steps: a generator that pauses (yields) between pieces of work and returns its result at the end.
// Hosts without a worker (the offline page opened from file://) give the browser its thread back between steps;
// everyone else drains the steps in one go.

/** Work that pauses between its pieces and returns T. */
export type Steps<T> = Generator<void, T, void>;

/** Run every step at once and return the result. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
