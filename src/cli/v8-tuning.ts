// V8 tuned for a command that runs for a second or two. TurboFan inlines callees into hot functions for code that
// runs for minutes; in a short check that compile work (on background threads) costs more than it saves: without
// inlining, `check --json` on the 200-unit 部门 workbook takes ~2.2 s of CPU instead of ~2.8 s, and less wall time
// too (docs/bench.md). Set before the engine's code gets hot; the flag only changes how V8 compiles, never results.
import { setFlagsFromString } from 'node:v8';

/** Apply the tuning (the command line's entry point calls this first). */
export function tuneV8ForShortRun(): void {
  setFlagsFromString('--no-turbo-inlining');
}
