import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readToEnd } from '../../src/adapters/read-to-end.js';
import { tempDir } from '../helpers/tmp.js';

/** readToEnd of a file holding `size` bytes, with the room and limit given. */
function read(size: number, room: number, limit?: number): Uint8Array {
  const path = join(tempDir(), 'f');
  writeFileSync(path, Buffer.alloc(size, 7));
  const fd = openSync(path, 'r');
  try {
    return readToEnd(fd, room, limit);
  } finally {
    closeSync(fd);
  }
}

describe('readToEnd', () => {
  it('reads a file whole, whatever room it starts with', () => {
    for (const [size, room] of [
      [0, 1],
      [10, 11],
      [3 << 20, 1],
      [5000, 10],
    ] as const) {
      const bytes = read(size, room);
      expect(bytes.length, `${size} bytes from room ${room}`).toBe(size);
      expect(bytes.every((b) => b === 7)).toBe(true);
    }
  });

  it('stops one byte past the limit, so a larger file shows', () => {
    expect(read(100, 101, 100)).toHaveLength(100);
    expect(read(101, 10, 100)).toHaveLength(101);
    expect(read(5 << 20, 1, 1000)).toHaveLength(1001);
  });
});
