import { createHash } from 'node:crypto';

// Apart from event.ts so that hashing a file does not load the event and finding schemas: the
// start-up of `driftgate verify` pays for every module it imports.

/** Lowercase hex sha256 of bytes or a string. */
export const sha256Hex = (data: Uint8Array | string): string =>
  createHash('sha256').update(data).digest('hex');
