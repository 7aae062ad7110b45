import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { CommandResult, Runner } from '../ports/runner.js';

/** Output kept per command; the tail is what explains a failure (the head is dropped first). */
const MAX_OUTPUT_CHARS = 8 * 1024 * 1024;
/** Grace between SIGTERM and SIGKILL for a command past its timeout. */
const KILL_GRACE_MS = 5_000;

/**
 * Runs commands in a shell as their own process group, so a timeout kills the command and
 * everything it started. (@actions/exec offers neither a timeout nor the child to kill.)
 */
export function createShellRunner(env: NodeJS.ProcessEnv = process.env): Runner {
  const shell = existsSync('/bin/bash') ? '/bin/bash' : '/bin/sh';
  return {
    run(command, { cwd, timeoutMs }) {
      return new Promise<CommandResult>((resolve, reject) => {
        const child = spawn(shell, ['-c', command], {
          cwd,
          env,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        const take = (chunk: Buffer): void => {
          output += chunk.toString('utf8');
          if (output.length > MAX_OUTPUT_CHARS) output = output.slice(output.length - MAX_OUTPUT_CHARS);
        };
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        let timedOut = false;
        const killGroup = (signal: NodeJS.Signals): void => {
          try {
            if (child.pid !== undefined) process.kill(-child.pid, signal);
          } catch {
            // ESRCH: the group is already gone, which is what we wanted.
          }
        };
        let hard: NodeJS.Timeout | undefined;
        const timer = setTimeout(() => {
          timedOut = true;
          killGroup('SIGTERM');
          hard = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
        }, timeoutMs);
        child.once('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
        child.once('close', (code, signal) => {
          clearTimeout(timer);
          if (hard) clearTimeout(hard);
          resolve({
            exitCode: code,
            signal,
            output,
            timedOut,
          });
        });
      });
    },
  };
}
