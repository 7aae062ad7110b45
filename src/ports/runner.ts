import type { Finding } from '../core/finding.js';

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

/** How to run one command. */
export interface RunOptions {
  cwd: string;
  timeoutMs: number;
  /** Receives the output as it arrives (the job log's live view); the result still holds all of it. */
  onOutput?: (chunk: string) => void;
}

/**
 * Runs the change's shell commands once; never retries. The command runs without the gate's
 * secrets in its environment, with stdin closed, in its own process group.
 */
export interface Runner {
  run(command: string, options: RunOptions): Promise<CommandResult>;
  /** What the commands run so far did to the repository settings the gate's own git obeys. */
  findings?(): Finding[];
}
