import { readSync } from 'node:fs';

/**
 * Reads an open file to its end, synchronously, into one buffer: `room` bytes to start with (the
 * size fstat gave, plus one, so the read that finds the end needs no other buffer), grown as the
 * file grows, never past `limit` + 1 bytes. A result longer than `limit` means the file is larger.
 */
export function readToEnd(fd: number, room: number, limit = Number.MAX_SAFE_INTEGER): Uint8Array {
  let bytes = new Uint8Array(Math.min(room, limit + 1));
  let length = 0;
  for (;;) {
    if (length === bytes.length) {
      if (length > limit) break;
      const more = new Uint8Array(Math.min(Math.max(1 << 20, length * 2), limit + 1));
      more.set(bytes);
      bytes = more;
    }
    const n = readSync(fd, bytes, length, bytes.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return bytes.subarray(0, length);
}
