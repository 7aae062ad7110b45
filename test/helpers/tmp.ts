import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { schemaErrorsOfEvents } from './events.js';

const made: string[] = [];
// Every RUNTIME_EVENT.json any test's run wrote must validate against the published schema.
afterEach(() => {
  const invalid = made.map(schemaErrorsOfEvents).filter((errors) => Object.keys(errors).length > 0);
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  if (invalid.length)
    throw new Error(`events that fail schema/runtime-event.schema.json: ${JSON.stringify(invalid, null, 2)}`);
});

/** A fresh temp folder, removed after the test. */
export function tempDir(prefix = 'driftgate-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

/** Runs git in `cwd` with a fixed identity; returns stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}

/** A new git repository (branch main) in a temp folder. */
export function gitRepo(): string {
  const d = tempDir('driftgate-repo-');
  git(d, 'init', '-q', '-b', 'main');
  git(d, 'config', 'core.autocrlf', 'false');
  return d;
}

/** Stages everything and commits; returns the new HEAD SHA. */
export function commitAll(cwd: string, message: string): string {
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '--allow-empty', '-m', message);
  return git(cwd, 'rev-parse', 'HEAD').trim();
}

/** Runs a process and returns status and output without throwing. */
export function run(
  cmd: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
) {
  const r = spawnSync(cmd, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A git repository inside this project (under .e2e-work/, ignored), so the runners it holds
 * (vitest, jest, mocha) resolve from this project's node_modules.
 */
export function runnerRepo(): string {
  const base = new URL('../../.e2e-work/', import.meta.url).pathname;
  mkdirSync(base, { recursive: true });
  const d = mkdtempSync(join(base, 'ws-'));
  made.push(d);
  git(d, 'init', '-q', '-b', 'main');
  return d;
}

/** PATH with this project's node_modules/.bin first (the runners' binaries). */
export const RUNNER_PATH = `${new URL('../../node_modules/.bin', import.meta.url).pathname}:${process.env.PATH ?? ''}`;
