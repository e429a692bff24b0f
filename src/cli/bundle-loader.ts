// Loading the one-file bundle of the command line (lib/budget-disclosure.js) with V8's code cache beside it
// (lib/budget-disclosure.cache, written at build time by scripts/code-cache.js after a check of the bundled sample).
// Without the cache V8 parses the bundle and compiles ~1,000 of its functions to bytecode on every run (~45 ms of
// CPU in a check of the 200-unit book, docs/bench.md); with it they are read back instead.
//
// The cache is used only for the exact bundle it was made from: it starts with the SHA-256 of the bundle's bytes,
// checked here (V8's own check covers its version and flags, but of the source only its length). Anything wrong with
// the cache (missing, stale, unreadable, rejected by V8) means the bundle is compiled as usual: never an error.
// Loaded by bin/budget-disclosure.js before anything else, so it requires only Node's built-in modules.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname } from 'node:path';
import { Script, constants } from 'node:vm';

/** What happened to the code cache: read back, none beside the bundle, made for another bundle, or refused by V8. */
export type CacheUse = 'used' | 'none' | 'stale' | 'rejected';

export interface LoadedBundle {
  /** The bundle's module.exports. */
  exports: Record<string, unknown>;
  cache: CacheUse;
  /** Write the code cache for this bundle (after running it, so the functions it ran are in it); false on failure. */
  saveCache(): boolean;
}

const HASH_LENGTH = 64;

/** The cache file of a bundle: budget-disclosure.js -> budget-disclosure.cache. */
export function cachePath(bundle: string): string {
  return bundle.replace(/\.js$/, '') + '.cache';
}

function sha256(bytes: Buffer): string {
  // Required here, not at the top: only a bundle with a cache beside it pays for loading crypto (~2 ms).
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

/** The V8 cached data in `file` when it was made for the bundle `bytes`, with what was found. */
function readCache(file: string, bytes: Buffer): { data: Buffer | undefined; use: CacheUse } {
  let cache: Buffer;
  try {
    cache = readFileSync(file);
  } catch {
    return { data: undefined, use: 'none' };
  }
  if (cache.length <= HASH_LENGTH || cache.toString('latin1', 0, HASH_LENGTH) !== sha256(bytes)) return { data: undefined, use: 'stale' };
  return { data: cache.subarray(HASH_LENGTH), use: 'used' };
}

/** Load the bundle at `bundle` as require() would, with its code cache when there is a valid one. */
export function loadBundle(bundle: string): LoadedBundle {
  const bytes = readFileSync(bundle);
  const cacheFile = cachePath(bundle);
  const cached = readCache(cacheFile, bytes);
  const script = new Script(wrap(bytes.toString('utf8')), {
    filename: bundle,
    cachedData: cached.data,
    // The bundle has no import() of its own; should a dependency use one, it resolves as in a required module.
    importModuleDynamically: constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const cache: CacheUse = cached.use === 'used' && script.cachedDataRejected ? 'rejected' : cached.use;
  const module = { exports: {} as Record<string, unknown>, filename: bundle, id: bundle, loaded: false };
  const run = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  module.loaded = true;
  return {
    exports: module.exports,
    cache,
    saveCache(): boolean {
      try {
        writeFileSync(cacheFile, Buffer.concat([Buffer.from(sha256(bytes), 'latin1'), script.createCachedData()]));
        return true;
      } catch {
        return false;
      }
    },
  };
}
