import type { PackedNames } from '../core/seal/manifest.js';
import type { Observations } from '../core/seal/observation.js';
import type { SealedLink } from '../core/seal/verify.js';
import type { FileRead } from '../core/file-read.js';

/** How reading a file chunk by chunk ended. */
export type FileStreamed =
  { state: 'absent' } | { state: 'present' } | { state: 'unreadable'; error: string };

/** The checked-out workspace: every path is relative to its root and never leaves it. */
export interface Workspace {
  /** Absolute path of the workspace root. */
  readonly root: string;
  /** Reads a workspace file whole; `absent` on ENOENT; refuses paths that leave the workspace. */
  readFile(path: string): Promise<FileRead>;
  /**
   * Reads a workspace file chunk by chunk with readFile's refusals, handing each chunk to `onChunk`
   * (valid only during the call): a file of any size in bounded memory. `present` once it was read
   * to its end; `unreadable` also when reading failed midway (the chunks before it were handed on).
   */
  readChunks(path: string, onChunk: (chunk: Uint8Array) => void): Promise<FileStreamed>;
  /**
   * Hints that observe will soon hash about `count` files: the workspace may start its hashing
   * threads now, while the caller still works (it never reads a file before observe).
   */
  prepareObserve(count: number): void;
  /** Hashes the named files (bytes, relative to the root), in order; never reads outside the root. */
  observe(names: readonly Uint8Array[] | PackedNames): Promise<Observations>;
  /** Regular files and symlinks matching the globs, relative, sorted; dot files included. */
  glob(patterns: readonly string[]): Promise<string[]>;
  /**
   * Symbolic links under the sealed globs: every link whose path matches them, and every link to a
   * folder (or leading out of the workspace, or nowhere) inside the folders the globs walk.
   */
  sealedLinks(patterns: readonly string[]): Promise<SealedLink[]>;
  /** Writes a file under the root (creating folders) and returns its absolute path; refuses symlinks on the way. */
  writeFile(path: string, data: Uint8Array | string): Promise<string>;
  /**
   * Why writing under the folder `path` would be refused (a symbolic link, or something other than a
   * folder, on the way), or null when it may be written; creates nothing.
   */
  writeRefusal(path: string): Promise<string | null>;
  /** Creates a folder under the root with its parents (nothing when it exists). */
  makeFolder(path: string): Promise<void>;
  /** Modification time (ms since the epoch) of a workspace file, or null when it does not exist. */
  modifiedAt(path: string): Promise<number | null>;
  /** Whether a workspace path exists (any type, symlinks not followed). */
  exists(path: string): Promise<boolean>;
}
