import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createShellRunner } from '../../src/adapters/shell-runner.js';
import { tempDir } from '../helpers/tmp.js';

describe('createShellRunner (real processes)', () => {
  it('hands the output over while the command runs, and keeps all of it', async () => {
    const dir = tempDir();
    const runner = createShellRunner();
    // The command waits for a file that is written only once its first line has been seen.
    const r = await runner.run('echo first; while [ ! -f go ]; do sleep 0.05; done; echo second', {
      cwd: dir,
      timeoutMs: 30_000,
      onOutput: (chunk) => {
        if (chunk.includes('first')) writeFileSync(join(dir, 'go'), '');
      },
    });
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(0);
    expect(r.output).toBe('first\nsecond\n');
  });

  it('keeps its shell between the gate and the command: a command killing its parent kills the shell, not the gate', async () => {
    // bash runs a lone simple command by exec'ing it, which would make the gate the command's parent.
    const r = await createShellRunner().run(`node -e "process.kill(process.ppid, 'SIGKILL')"`, {
      cwd: tempDir(),
      timeoutMs: 30_000,
    });
    expect(r.signal).toBe('SIGKILL');
    expect(r.exitCode).toBeNull();
  });

  it('kills the group at the timeout even when a setsid descendant keeps the output open', async () => {
    const dir = tempDir();
    const r = await createShellRunner().run(
      `setsid --wait sh -c 'echo $$ > sleeper.pid; exec sleep 600'; echo never`,
      { cwd: dir, timeoutMs: 500 },
    );
    expect(r.timedOut).toBe(true);
    expect(r.output).not.toContain('never');
    const pid = Number(readFileSync(join(dir, 'sleeper.pid'), 'utf8'));
    // SIGKILL is sent before the result; the kernel may take a moment to end the process under load.
    const running = () => {
      try {
        return existsSync(`/proc/${pid}`) && !/\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    await vi.waitFor(() => expect(running()).toBe(false), { timeout: 10_000 });
  });

  it('reports a command that changes the repository settings the gate’s git obeys', async () => {
    const dir = tempDir();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const runner = createShellRunner({ repository: dir });
    await runner.run('true', { cwd: dir, timeoutMs: 10_000 });
    expect(runner.findings!()).toEqual([]);
    await runner.run('git config remote.origin.url /elsewhere', { cwd: dir, timeoutMs: 10_000 });
    expect(runner.findings!().map((f) => [f.code, f.classification])).toEqual([
      ['GIT_CONFIG_CHANGED', 'INCIDENT'],
    ]);
  });
});
