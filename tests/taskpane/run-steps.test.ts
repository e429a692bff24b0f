// The page without a worker runs the engine's steps in slices: it gives its thread back once a slice of work has
// run, not after every step, and returns what the steps return.
import { runSteps, SLICE_MS } from '../../src/taskpane/worker/session';

/** Steps that each take `ms` on a fake clock. */
function* work(clock: { t: number }, n: number, ms: number): Generator<void, string, void> {
  for (let i = 0; i < n; i++) {
    clock.t += ms;
    yield;
  }
  return 'done';
}

describe('runSteps', () => {
  it('pauses once per slice of work, never in the middle of a step', async () => {
    const clock = { t: 0 };
    const pausedAt: number[] = [];
    const pause = async () => void pausedAt.push(clock.t);
    await expect(runSteps(work(clock, 100, 5), pause, () => clock.t)).resolves.toBe('done');
    // 100 steps of 5 ms: a pause after every SLICE_MS of work.
    expect(pausedAt.length).toBe(Math.floor(500 / SLICE_MS));
    for (let i = 1; i < pausedAt.length; i++) expect(pausedAt[i] - pausedAt[i - 1]).toBe(SLICE_MS);
  });

  it('pauses after each step that alone takes a whole slice', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    await runSteps(work(clock, 4, SLICE_MS * 2), async () => void pauses++, () => clock.t);
    expect(pauses).toBe(4);
  });

  it('does not pause for quick work', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    await runSteps(work(clock, 3, 1), async () => void pauses++, () => clock.t);
    expect(pauses).toBe(0);
  });
});
