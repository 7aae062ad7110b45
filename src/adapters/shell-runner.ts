import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { Finding } from '../core/finding.js';
import type { CommandResult, Runner, RunOptions } from '../ports/runner.js';
import { readGitFingerprint } from './git-hardening.js';

/** Output kept per command; the tail is what explains a failure (the head is dropped first). */
const MAX_OUTPUT_CHARS = 8 * 1024 * 1024;
/** Grace between SIGTERM and SIGKILL for a command past its timeout. */
const KILL_GRACE_MS = 5_000;
/**
 * How long output may keep arriving once the command itself has ended: a descendant that keeps
 * the pipe open (`setsid sleep 600 &`) must not hold the gate until it ends.
 */
const DRAIN_MS = 1_500;

/** Names the change's code must not see: the gate's inputs (secrets among them) and the runner's tokens. */
const STRIPPED_PREFIXES = ['INPUT_', 'ACTIONS_'];
/** The runner's command files (writing them sets outputs, env, PATH of later steps) and the job token. */
const STRIPPED_NAMES = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GITHUB_ENV',
  'GITHUB_OUTPUT',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
]);
/** Marks the processes of one run, to find those that left its process group (setsid). */
const MARKER_NAME = 'DRIFTGATE_RUN_MARK';

/**
 * The environment the change's commands see: the parent's without the gate's inputs, the
 * `ACTIONS_*` tokens, the runner's command files, and any variable holding a known secret.
 * Names are compared case-insensitively (an `input_log-key` is still the log key).
 */
export function computeChildEnv(env: NodeJS.ProcessEnv, secrets: readonly string[]): NodeJS.ProcessEnv {
  // Very short values would match half the environment; the names above cover the real secrets.
  const secretValues = new Set(secrets.filter((s) => s.length >= 4));
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const upper = name.toUpperCase();
    if (STRIPPED_PREFIXES.some((p) => upper.startsWith(p)) || STRIPPED_NAMES.has(upper)) continue;
    if (upper === MARKER_NAME) continue;
    if ([...secretValues].some((s) => value.includes(s))) continue;
    out[name] = value;
  }
  return out;
}

/** Options of the shell runner. */
export interface ShellRunnerOptions {
  /** The gate's environment (process.env); what the commands get is computed from it. */
  env?: NodeJS.ProcessEnv;
  /** Secret values: no variable holding one reaches the commands. */
  secrets?: readonly string[];
  /** A live view for each command's output when the caller gives no onOutput (the job log's group). */
  live?: (command: string) => { write(chunk: string): void; end(): void };
  /** The checkout whose `.git/config` and hooks are watched across each command. */
  repository?: string;
}

/**
 * Runs commands in a shell as their own process group with stdin closed, so a timeout kills the
 * command and everything it started. (@actions/exec offers neither a timeout nor the child to kill.)
 */
export function createShellRunner(options: ShellRunnerOptions = {}): Runner {
  const shell = existsSync('/bin/bash') ? '/bin/bash' : '/bin/sh';
  const childEnv = computeChildEnv(options.env ?? process.env, options.secrets ?? []);
  const findings: Finding[] = [];
  return {
    async run(command, runOptions) {
      const view = runOptions.onOutput ? null : (options.live?.(command) ?? null);
      const before = options.repository ? await readGitFingerprint(options.repository) : null;
      try {
        return await runOnce(shell, command, childEnv, {
          ...runOptions,
          onOutput: runOptions.onOutput ?? (view ? (c) => view.write(c) : undefined),
        });
      } finally {
        view?.end();
        if (options.repository && before !== (await readGitFingerprint(options.repository)))
          findings.push({
            code: 'GIT_CONFIG_CHANGED',
            stage: 'tests',
            classification: 'INCIDENT',
            message: `\`${command.length > 120 ? `${command.slice(0, 120)}…` : command}\` changed .git/config or .git/hooks, which the gate's own git obeys when it reads and appends the log (a redirected origin, a planted hook)`,
            evidence: { paths: ['.git/config', '.git/hooks'], command },
          });
      }
    },
    findings: () => [...findings],
  };
}

function runOnce(
  shell: string,
  command: string,
  env: NodeJS.ProcessEnv,
  { cwd, timeoutMs, onOutput }: RunOptions,
): Promise<CommandResult> {
  const marker = randomBytes(12).toString('hex');
  return new Promise<CommandResult>((resolve, reject) => {
    // A second line keeps bash from exec'ing a lone command in its own place: the command's parent
    // stays the shell, so a command that kills its parent ends the shell (recorded), not the gate.
    const child = spawn(shell, ['-c', `${command}\nexit $?`], {
      cwd,
      env: { ...env, [MARKER_NAME]: marker },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const take = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      output += text;
      if (output.length > MAX_OUTPUT_CHARS) output = output.slice(output.length - MAX_OUTPUT_CHARS);
      onOutput?.(text);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let timedOut = false;
    let exit: { code: number | null; signal: string | null } | null = null;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const later = (ms: number, f: () => void): void => void timers.push(setTimeout(f, ms));
    const killGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // ESRCH: the group is already gone, which is what we wanted.
      }
    };
    const finish = (): void => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      // Whoever still holds the pipe is not waited for: the result is what arrived until now.
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? (timedOut ? 'SIGKILL' : null),
        output,
        timedOut,
      });
    };
    /** Ends everything this run started, in its group or escaped from it, then stops waiting. */
    const giveUp = (): void => {
      killGroup('SIGKILL');
      void killMarked(marker).finally(() => later(200, finish));
    };
    later(timeoutMs, () => {
      timedOut = true;
      killGroup('SIGTERM');
      later(KILL_GRACE_MS, giveUp);
    });
    child.once('error', (e) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      reject(e);
    });
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      // The output may still be in flight; a descendant holding the pipe gets DRAIN_MS, no more.
      if (!timedOut) later(DRAIN_MS, giveUp);
    });
    child.once('close', () => {
      if (exit) killGroup('SIGKILL');
      finish();
    });
  });
}

/**
 * Kills the processes carrying this run's marker in their environment (Linux /proc): those that
 * left the process group with setsid. Best effort: elsewhere, or for a process that cleared its
 * environment, the pipe is simply no longer waited for.
 */
async function killMarked(marker: string): Promise<void> {
  let pids: string[];
  try {
    pids = (await readdir('/proc')).filter((p) => /^\d+$/.test(p));
  } catch {
    return;
  }
  const needle = `${MARKER_NAME}=${marker}`;
  await Promise.all(
    pids.map(async (pid) => {
      try {
        const environ = await readFile(`/proc/${pid}/environ`, 'latin1');
        if (environ.split('\0').includes(needle)) process.kill(Number(pid), 'SIGKILL');
      } catch {
        // Gone, or not ours to read.
      }
    }),
  );
}
