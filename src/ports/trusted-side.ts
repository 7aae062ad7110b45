/** One file as the gate may use it: absent, its bytes, or refused with the reason. */
export type SideFile =
  { state: 'absent' } | { state: 'present'; bytes: Uint8Array } | { state: 'refused'; reason: string };

/**
 * The side of a run the change under judgment cannot touch: files at `baseline-ref`, or the
 * checked-out tree when the run has no ref (a schedule, a dispatch, the command line without one).
 * Settings and templates enter the gate only through it.
 */
export interface TrustedSide {
  /** The commit read, or null when the checked-out tree is the trusted side. */
  readonly ref: string | null;
  /** A regular file's bytes (never a symbolic link, FIFO or device, never past the size limit). */
  readFile(path: string): Promise<SideFile>;
}

/** The change under judgment, as regular files of the work tree (read to compare, never trusted). */
export interface JudgedSide {
  readFile(path: string): Promise<SideFile>;
}
