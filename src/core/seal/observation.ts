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
