// Task pane bundle size: gzip size of the scripts taskpane.html loads at start (the Office path) against the
// lazily loaded chunks (exceljs, docx, ...). Built into a temporary directory so dist/ is left as it is.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One script of the build and its sizes. */
export interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
  /** The page that loads it with a <script> tag (taskpane.html, commands.html), or null for a lazy chunk. */
  page: string | null;
}

/** Scripts of our own origin that taskpane.html loads with a <script> tag. */
export function startScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)) if (!/^https?:/.test(m[1])) out.push(m[1]);
  return out;
}

/** Sizes of every .js file in `dir`, with the page that loads it at start, if any. */
export function bundleFiles(dir: string): BundleFile[] {
  const pageOf = new Map<string, string>();
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    for (const script of startScripts(readFileSync(join(dir, page), 'utf8'))) pageOf.set(script, page);
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const content = readFileSync(join(dir, file));
      return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length, page: pageOf.get(file) ?? null };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** Build the add-in in production mode into a temporary directory and measure it (or measure `existing`). */
export function bundleBench(root: string, existing?: string): BundleFile[] {
  if (existing) return bundleFiles(existing);
  const out = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  try {
    const webpack = join(root, 'node_modules', '.bin', 'webpack');
    execFileSync(webpack, ['--mode', 'production', '--output-path', out], { cwd: root, stdio: 'ignore' });
    if (!existsSync(join(out, 'taskpane.html'))) throw new Error('webpack produced no taskpane.html');
    return bundleFiles(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
