// What the web page keys a workbook's saved inputs by: the SHA-256 of its bytes (Web Crypto), or a 64-bit FNV-1a
// hash where Web Crypto is missing (pages outside a secure context). Same file, same key; another file, another.

function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** FNV-1a over the bytes in two 32-bit lanes (no BigInt: the page also runs in older Office webviews). */
export function fnv64(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ bytes[i], 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ bytes[i] ^ (h1 >>> 24), 0x01000193) >>> 0;
  }
  return `fnv-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

/** The key of a file's content: `sha256-<hex>` (or `fnv-<hex>` without Web Crypto). */
export async function contentKey(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      const copy = bytes.slice();
      return `sha256-${hex(new Uint8Array(await subtle.digest('SHA-256', copy.buffer)))}`;
    } catch {
      // Not allowed here (an insecure context): the fallback below.
    }
  }
  return fnv64(bytes);
}
