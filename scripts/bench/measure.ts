// Timing helpers for the benchmark: wall-clock and this process's CPU time, best of a few runs, so figures
// taken on a shared, busy machine still say what the code costs.

/** One measurement: wall-clock and CPU (user + system of this process) milliseconds. */
export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Time one call of `work` (awaited). */
export async function timeOnce<T>(work: () => T | Promise<T>): Promise<{ timing: Timing; result: T }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await work();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { timing: { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 }, result };
}

/** The run with the least CPU time out of `runs` (the one least disturbed by other processes). */
export async function bestOf<T>(runs: number, work: () => T | Promise<T>): Promise<{ timing: Timing; result: T }> {
  let best: { timing: Timing; result: T } | null = null;
  for (let i = 0; i < runs; i++) {
    const r = await timeOnce(work);
    if (!best || r.timing.cpuMs < best.timing.cpuMs) best = r;
  }
  return best as { timing: Timing; result: T };
}

/** Milliseconds as text with no decimals above 10 ms, one below. */
export function ms(n: number): string {
  return n >= 10 ? n.toFixed(0) : n.toFixed(1);
}

/** Bytes as KB / MB text. */
export function bytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(2)} MB`;
  return `${(n / 1024).toFixed(1)} KB`;
}

/** Run the garbage collector between measurements when node was started with --expose-gc. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}
