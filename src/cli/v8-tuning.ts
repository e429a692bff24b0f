// V8 tuned for a command that runs for a second or two. TurboFan inlines callees into hot functions for code that
// runs for minutes; in a short check that compile work (on background threads) costs more than it saves: without
// inlining, `check --json` on the 200-unit 部门 workbook takes ~2.2 s of CPU instead of ~2.8 s, and less wall time
// too (docs/bench.md). The flag only changes how V8 compiles, never results.
// Changing V8 flags after start-up is not supported in general (--single-threaded-gc set this way aborts Node 20),
// so only this compiler flag is set, and only on the Node major version it was measured and tested on; any other
// version runs untuned.
import { setFlagsFromString } from 'node:v8';

/** The Node major version the tuning was measured and tested on (CI's and the release's). */
const TESTED_NODE_MAJOR = 20;

/** Apply the tuning (the command line's entry point calls this first); true when it was applied. */
export function tuneV8ForShortRun(nodeVersion: string = process.versions.node): boolean {
  if (Number(nodeVersion.split('.')[0]) !== TESTED_NODE_MAJOR) return false;
  try {
    setFlagsFromString('--no-turbo-inlining');
    return true;
  } catch {
    return false;
  }
}
