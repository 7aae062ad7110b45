import type { GitMode } from '../core/seal/observation.js';

/** One path touched by a commit range. */
export interface ChangedPath {
  path: string;
  /** Commits that touched it, oldest first (empty when only the tree-to-tree diff shows it). */
  commits: string[];
}

/** The repository the workspace is a checkout of. */
export interface Git {
  /** The checked-out branch name, or null when HEAD is detached. */
  currentBranch(): Promise<string | null>;
  /** Full SHA of HEAD, or null in a repository without any commit yet. */
  head(): Promise<string | null>;
  /** The full SHA of the commit `ref` names here, or null when it names none. */
  resolveCommit(ref: string): Promise<string | null>;
  /** Whether the repository has a remote called origin (a fresh local clone may not). */
  hasOrigin(): Promise<boolean>;
  /** Makes `ref` available locally (fetching it from origin when the clone is shallow); its full SHA. */
  ensureCommit(ref: string): Promise<string>;
  /** A file's bytes at `ref`, or null when the path does not exist there. */
  readFileAt(ref: string, path: string): Promise<Uint8Array | null>;
  /** git modes of blobs at `ref` (path → mode) under the given paths. */
  modesAt(ref: string, paths: readonly string[]): Promise<Map<string, GitMode>>;
  /** Every path any commit in `from..to` touched, plus the tree diff `from` → `to`. */
  changedPaths(from: string, to: string): Promise<ChangedPath[]>;
  /** Fetches `branch` from origin into a private ref; its tip SHA, or null when origin has no such branch. */
  fetchBranch(branch: string): Promise<string | null>;
  /** First parent of a commit, or null for a root commit. */
  parentOf(commit: string): Promise<string | null>;
  /** Paths of the files at `ref` directly in folder `dir` (no recursion). */
  listFolder(ref: string, dir: string): Promise<string[]>;
  /** The last `max` commits reachable from `ref` that touched any of `paths`, newest first. */
  commitsTouching(ref: string, paths: readonly string[], max: number): Promise<string[]>;
  /** Every file under `dir` at `ref` (recursively) with its blob id. */
  filesAt(ref: string, dir: string): Promise<Array<{ path: string; blob: string }>>;
  /** The bytes of the given blobs, each read once, in one git process. */
  readBlobs(ids: readonly string[]): Promise<Map<string, Uint8Array>>;
  /**
   * Makes a commit whose tree is `parent`'s (or empty) with `files` written, without touching the
   * work tree, the index or HEAD; returns its SHA.
   */
  commitFiles(
    parent: string | null,
    files: ReadonlyMap<string, Uint8Array>,
    message: string,
  ): Promise<string>;
  /** Pushes a commit to origin's `branch`, never forcing. */
  push(commit: string, branch: string): Promise<PushResult>;
}

/** How a push went: rejected means someone pushed first (fetch and retry); forbidden means the token cannot write. */
export type PushResult =
  { status: 'pushed' } | { status: 'rejected' | 'forbidden' | 'failed'; message: string };
