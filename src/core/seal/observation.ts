import { Buffer } from 'node:buffer';

/** What the workspace saw at one sealed path. */
export type FileObservation =
  | {
      state: 'ok';
      /** sha256 of the content (following a symlink that stays inside the workspace). */
      sha256: string;
      /** Any execute bit set. */
      executable: boolean;
      /** The path itself is a symbolic link. */
      symlink: boolean;
      /** The first folder on the path (workspace-relative) that is a symbolic link, or null. */
      linkedFolder: string | null;
    }
  | { state: 'missing' }
  | { state: 'unreadable'; error: string }
  | { state: 'escapes'; detail: string };

/** git's file mode of a blob, as `git ls-tree` prints it. */
export type GitMode = '100644' | '100755' | '120000';

/** The git mode the working tree now shows for an observed file. */
export function modeOf(o: Extract<FileObservation, { state: 'ok' }>): GitMode {
  if (o.symlink) return '120000';
  return o.executable ? '100755' : '100644';
}

/** Observations.kinds[i] of a plain regular file (its digest is in Observations.digests). */
export const PLAIN = 1;
/** Observations.kinds[i] of a plain regular file with an execute bit set. */
export const PLAIN_EXECUTABLE = 2;
/** Observations.kinds[i] of a name observed in full (Observations.details). */
export const DETAILED = 3;

/**
 * What one observe call saw, packed: a plain regular file (in a folder that is not a link) is a
 * kind and 32 digest bytes, everything else a full FileObservation. A 50,000-file seal then makes
 * no object and no string per file; observationAt makes one when it is asked for.
 */
export interface Observations {
  readonly length: number;
  /** PLAIN, PLAIN_EXECUTABLE or DETAILED, per name. */
  readonly kinds: ArrayLike<number>;
  /** The sha256 of name i at bytes [32i, 32i + 32), where its kind is PLAIN or PLAIN_EXECUTABLE. */
  readonly digests: Uint8Array;
  /** The full observation of each DETAILED name, by index. */
  readonly details: ReadonlyMap<number, FileObservation>;
}

/** The 32 digest bytes at `at`, as lowercase hex. */
export function digestHex(digests: Uint8Array, at: number): string {
  return Buffer.from(digests.buffer, digests.byteOffset + at, 32).toString('hex');
}

/** Observation i in full. */
export function observationAt(o: Observations, i: number): FileObservation {
  const kind = o.kinds[i];
  if (kind === PLAIN || kind === PLAIN_EXECUTABLE) {
    return {
      state: 'ok',
      sha256: digestHex(o.digests, i * 32),
      executable: kind === PLAIN_EXECUTABLE,
      symlink: false,
      linkedFolder: null,
    };
  }
  const detail = o.details.get(i);
  if (detail === undefined) throw new Error(`internal: no observation of name ${i}`);
  return detail;
}

/** Every observation in full, in order. */
export function observationList(o: Observations): FileObservation[] {
  return Array.from({ length: o.length }, (_, i) => observationAt(o, i));
}
