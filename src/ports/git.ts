import type { GitMode } from '../core/seal/observation.js';

/** One path touched by a commit range. */
export interface ChangedPath {
  path: string;
  /** Commits that touched it, oldest first (empty when only the tree-to-tree diff shows it). */
  commits: string[];
}

/** The repository the workspace is a checkout of. */
export interface Git {
  /** Full SHA of HEAD, or null in a repository without any commit yet. */
  head(): Promise<string | null>;
  /** Makes `ref` available locally (fetching it from origin when the clone is shallow); its full SHA. */
  ensureCommit(ref: string): Promise<string>;
  /** A file's bytes at `ref`, or null when the path does not exist there. */
  readFileAt(ref: string, path: string): Promise<Uint8Array | null>;
  /** git modes of blobs at `ref` (path → mode) under the given paths. */
  modesAt(ref: string, paths: readonly string[]): Promise<Map<string, GitMode>>;
  /** Every path any commit in `from..to` touched, plus the tree diff `from` → `to`. */
  changedPaths(from: string, to: string): Promise<ChangedPath[]>;
}
