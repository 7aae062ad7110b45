/** One file read whole: its bytes, its absence (ENOENT), or why it could not be read. */
export type FileRead =
  { state: 'absent' } | { state: 'present'; bytes: Uint8Array } | { state: 'unreadable'; error: string };
