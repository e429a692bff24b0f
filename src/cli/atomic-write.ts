// Writing output files so a reader never sees half a file: temporary file in the same directory, fsync, rename.
import { promises as fsp, realpathSync, statSync, unlinkSync } from 'fs';
import * as path from 'path';

/** Temporary files being written; removed if the process is interrupted by a signal. */
const pending = new Set<string>();

/** The temporary name used next to `target` (hidden, recognizable, unique). */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomHex(4)}.tmp`);
}

/**
 * `bytes` random bytes as hex, from the Web Crypto global: Node's crypto module costs every command ~10 ms to load,
 * and only the commands that write a file need it.
 */
function randomHex(bytes: number): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function writeAndSync(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fsp.open(file, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Remove the temporary files of writes still in progress (signal handlers call this). */
export function removePendingTemps(unlink: (p: string) => void): void {
  for (const p of pending) {
    try {
      unlink(p);
    } catch {
      // Already gone or never created: nothing left to clean.
    }
    pending.delete(p);
  }
}

/** How the temporary file is written; injectable so tests can make it fail or stop half-way. */
export interface AtomicWriteDeps {
  write?: (file: string, bytes: Uint8Array) => Promise<void>;
}

/** Write `bytes` to `target` atomically; on any failure the temporary file is removed and `target` untouched. */
export async function writeFileAtomic(target: string, bytes: Uint8Array, deps: AtomicWriteDeps = {}): Promise<void> {
  const temp = tempPathFor(target);
  pending.add(temp);
  try {
    await (deps.write ?? writeAndSync)(temp, bytes);
    await fsp.rename(temp, target);
  } catch (e) {
    await fsp.rm(temp, { force: true });
    throw e;
  } finally {
    pending.delete(temp);
  }
}

function canonical(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync.native(abs);
  } catch {
    // Not there yet: resolve the directory when it exists, so ./x and dir/../x still compare equal.
    try {
      return path.join(realpathSync.native(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

function inode(p: string): string | null {
  try {
    const st = statSync(p);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/** True when two paths name the same file (relative paths, symlinks and hard links resolved). */
export function isSameFile(a: string, b: string): boolean {
  if (canonical(a) === canonical(b)) return true;
  const ia = inode(a);
  return ia !== null && ia === inode(b);
}

/**
 * Null when `target` is free to be written (missing, or a regular file), else why not: the copy is renamed over
 * the target, which would replace a device node, a pipe or a socket (and cannot replace a folder).
 */
export function nonRegularTarget(target: string): 'directory' | 'special' | null {
  let st;
  try {
    st = statSync(target);
  } catch {
    return null;
  }
  if (st.isFile()) return null;
  return st.isDirectory() ? 'directory' : 'special';
}

/** One zh-CN sentence refusing a target that is not a regular file. */
export function nonRegularTargetMessage(target: string, kind: 'directory' | 'special'): string {
  if (kind === 'directory') return `无法保存「${target}」：这是一个文件夹的名字，请指定一个文件名。`;
  return `拒绝写入「${target}」：它不是普通文件（可能是设备、管道或套接字），为安全起见不会替换它。请指定一个普通的文件名。`;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Run `work` so that Ctrl+C (or a kill) during it leaves no temporary file behind: the handler removes
 * pending temporary files, then re-raises the signal so the process ends as it would have.
 */
export async function withSignalCleanup<T>(work: () => Promise<T>): Promise<T> {
  const handlers = SIGNALS.map((sig) => {
    const handler = (): void => {
      for (const [s, h] of handlers) process.removeListener(s, h);
      removePendingTemps(unlinkSync);
      process.kill(process.pid, sig);
    };
    return [sig, handler] as const;
  });
  for (const [s, h] of handlers) process.once(s, h);
  try {
    return await work();
  } finally {
    for (const [s, h] of handlers) process.removeListener(s, h);
  }
}
