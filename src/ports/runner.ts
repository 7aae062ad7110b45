/** What one shell command did. */
export interface CommandResult {
  /** Exit code, or null when a signal ended it. */
  exitCode: number | null;
  /** Terminating signal, if any. */
  signal: string | null;
  /** stdout and stderr interleaved as they arrived. */
  output: string;
  /** Killed by driftgate after the timeout. */
  timedOut: boolean;
}

/** Runs shell commands once; never retries. */
export interface Runner {
  run(command: string, options: { cwd: string; timeoutMs: number }): Promise<CommandResult>;
}
