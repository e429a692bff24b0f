// The web page's file key: SHA-256 where Web Crypto is, FNV-1a otherwise; both differ for different content.
import { webcrypto } from 'node:crypto';
import { contentKey, fnv64 } from '../../src/taskpane/content-key';

describe('contentKey', () => {
  it('is the SHA-256 of the bytes when Web Crypto is there', async () => {
    const had = globalThis.crypto;
    Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
    try {
      expect(await contentKey(new TextEncoder().encode('abc'))).toBe('sha256-ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: had, configurable: true });
    }
  });

  it('falls back to FNV-1a, which tells apart files that differ in one byte or in length', () => {
    const a = fnv64(new Uint8Array([1, 2, 3]));
    expect(a).toMatch(/^fnv-[0-9a-f]{16}$/);
    expect(fnv64(new Uint8Array([1, 2, 4]))).not.toBe(a);
    expect(fnv64(new Uint8Array([1, 2, 3, 0]))).not.toBe(a);
    expect(fnv64(new Uint8Array([1, 2, 3]))).toBe(a);
  });
});
