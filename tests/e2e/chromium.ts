// Where the browser tests find Chromium, without side effects (browser-env.ts prints its skip reason on import).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Chromium: CHROMIUM_PATH, else `chromium` / `chromium-browser` on PATH (hiding it from PATH makes the tests skip). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}
