import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pullRequest, runAction, writeFiles } from './harness.js';

/** Whether a process is still running (a zombie waiting for its reaper is not). */
function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  try {
    return !/^\d+ \(.*\) [ZX]/.test(readFileSync(stat, 'utf8'));
  } catch {
    return false;
  }
}

// 0.05 minutes = 3 s: the gate's own bound; the vitest timeout only catches a gate that hangs.
const TIMEOUT_MINUTES = '0.05';

describe('class 11 (test-timeout): a descendant holding the output open', () => {
  it('setsid sleep 600 & after the tests: the gate neither waits for the pipe nor leaves the sleeper running', async () => {
    const { dir, payload } = pullRequest({ change: (d) => writeFiles(d, { 'notes.md': 'x\n' }) });
    const r = await runAction(dir, 'pull_request', payload, {
      'test-command': 'setsid sleep 600 & echo $! > sleeper.pid; echo " Tests  1 passed (1)"',
      'test-timeout': TIMEOUT_MINUTES,
    });
    expect(r.outputs.classification).toBeDefined();
    const pid = Number(readFileSync(join(dir, 'sleeper.pid'), 'utf8'));
    // SIGKILL is sent before the gate ends; under load the kernel may take a moment to end it.
    await vi.waitFor(() => expect(alive(pid)).toBe(false), { timeout: 10_000 });
  }, 45_000);

  it('setsid sleep 600 in the foreground: killed at test-timeout, which is TOOLING_DRIFT evidence, and the run ends', async () => {
    const { dir, payload } = pullRequest({ change: (d) => writeFiles(d, { 'notes.md': 'x\n' }) });
    const r = await runAction(dir, 'pull_request', payload, {
      'test-command': `echo $$ > shell.pid; setsid --wait sh -c 'echo $$ > sleeper.pid; exec sleep 600'; echo after`,
      'test-timeout': TIMEOUT_MINUTES,
    });
    expect(r.outputs.classification).not.toBe('STABLE');
    expect(JSON.stringify(r.event!.findings)).toMatch(/timeout|killed|timed out/i);
    for (const file of ['shell.pid', 'sleeper.pid']) {
      const pid = Number(readFileSync(join(dir, file), 'utf8'));
      await vi.waitFor(() => expect(alive(pid)).toBe(false), { timeout: 10_000 });
    }
  }, 45_000);
});
