import { describe, expect, it } from 'vitest';
import { normalizeRelative, unsafePathReason } from '../../../src/core/seal/paths.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('unsafePathReason', () => {
  it('refuses absolute paths and ".." segments, accepts the rest', () => {
    expect(unsafePathReason(enc('/etc/passwd'))).toBe('absolute path');
    expect(unsafePathReason(enc('../x'))).toBe('".." segment');
    expect(unsafePathReason(enc('a/../../x'))).toBe('".." segment');
    expect(unsafePathReason(enc('a/..'))).toBe('".." segment');
    for (const ok of ['a/b', '..a', 'a..', './a', 'a/.../b', ' /x'])
      expect(unsafePathReason(enc(ok)), ok).toBeNull();
  });
});

describe('normalizeRelative', () => {
  it('drops "./" and doubled slashes', () => {
    expect(normalizeRelative('./a//b/./c')).toBe('a/b/c');
  });
});
