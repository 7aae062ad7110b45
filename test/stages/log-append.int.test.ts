import { describe, expect, it } from 'vitest';
import { createGitCli } from '../../src/adapters/git-cli.js';
import type { EntryDraft } from '../../src/core/log/entry.js';
import { readLog } from '../../src/core/log/read.js';
import type { Git } from '../../src/ports/git.js';
import { appendToLog, type LogLocation } from '../../src/stages/log.js';
import { LOG_BRANCH, LOG_PATH, remoteLogLines, sealedRemote } from '../helpers/remote.js';
import { git } from '../helpers/tmp.js';

const draft: EntryDraft = {
  type: 'SEAL',
  event_id: 'RTE_20261122_120000_0000abcd',
  timestamp: '2026-11-22T12:00:00.000Z',
  manifest_sha256: null,
  runtime_baseline_sha256: null,
  by: 'alice',
};
const location: LogLocation = { path: LOG_PATH, branch: LOG_BRANCH, dedicated: true, key: 'k' };

/** A clone's real git port, with the faults a test asks for in front of its fetch and push. */
function faulty(
  ws: string,
  faults: {
    fetch?: (n: number) => Error | null;
    push?: (n: number, real: () => ReturnType<Git['push']>) => ReturnType<Git['push']>;
  },
): { git: Git; fetches: () => number; pushes: () => number } {
  const real = createGitCli(ws);
  let fetches = 0;
  let pushes = 0;
  return {
    git: {
      ...real,
      async fetchBranch(branch) {
        const fault = faults.fetch?.(++fetches) ?? null;
        if (fault) throw fault;
        return real.fetchBranch(branch);
      },
      async push(commit, branch) {
        const n = ++pushes;
        return faults.push ? faults.push(n, () => real.push(commit, branch)) : real.push(commit, branch);
      },
    },
    fetches: () => fetches,
    pushes: () => pushes,
  };
}

/** The event ids on the remote's log branch (none before its first entry), read with the key: no line may be wrong. */
function remoteEvents(remote: string): string[] {
  if (git(remote, 'branch', '--list', LOG_BRANCH) === '') return [];
  const lines = remoteLogLines(remote);
  const reading = readLog(new TextEncoder().encode(lines.map((l) => `${l}\n`).join('')), undefined, 'k');
  expect(reading.errors).toEqual([]);
  return reading.entries.map((e) => e.event_id);
}

const hungUp = 'fatal: the remote end hung up unexpectedly';

describe('appending to the log through real git, with faults in front of it', () => {
  it('a fetch that fails for a moment is tried again: the entry is appended once', async () => {
    const { remote, clone } = sealedRemote();
    const g = faulty(clone(), { fetch: (n) => (n === 1 ? new Error(hungUp) : null) });
    const r = await appendToLog(location, draft, new Map(), g.git);
    expect(r.notPushed).toBeNull();
    expect(g.fetches()).toBe(2);
    expect(remoteEvents(remote)).toEqual([draft.event_id]);
  });

  it('a push reported failed that landed all the same is not appended again', async () => {
    const { remote, clone } = sealedRemote();
    const g = faulty(clone(), {
      push: async (n, real) => {
        const pushed = await real();
        return n === 1 ? { status: 'failed', message: hungUp } : pushed;
      },
    });
    const r = await appendToLog(location, draft, new Map(), g.git);
    expect(r.notPushed).toBeNull();
    expect(g.pushes()).toBe(1);
    expect(remoteEvents(remote)).toEqual([draft.event_id]);
    // The result names the commit that carries the line, which is on the branch.
    expect(git(remote, 'merge-base', '--is-ancestor', r.commit!, LOG_BRANCH)).toBe('');
    expect(remoteLogLines(remote)).toContain(r.line);
  });

  it('a push that failed without landing is tried again, once more chained after the tip', async () => {
    const { remote, clone } = sealedRemote();
    const g = faulty(clone(), {
      push: (n, real) => (n === 1 ? Promise.resolve({ status: 'failed', message: hungUp }) : real()),
    });
    const r = await appendToLog(location, draft, new Map(), g.git);
    expect(r.notPushed).toBeNull();
    expect(g.pushes()).toBe(2);
    expect(remoteEvents(remote)).toEqual([draft.event_id]);
  });

  it('a push that keeps failing is given up after three tries, and says why', async () => {
    const { remote, clone } = sealedRemote();
    const g = faulty(clone(), {
      push: () => Promise.resolve({ status: 'failed', message: `${hungUp}\nmore` }),
    });
    const r = await appendToLog(location, draft, new Map(), g.git);
    expect(r.notPushed).toBe(`failed: ${hungUp}`);
    expect(r.commit).toBeNull();
    expect(g.pushes()).toBe(3);
    expect(remoteEvents(remote)).toEqual([]);
  });

  it('a fetch that keeps failing is given up after three tries', async () => {
    const { remote, clone } = sealedRemote();
    const g = faulty(clone(), { fetch: () => new Error(hungUp) });
    const r = await appendToLog(location, draft, new Map(), g.git);
    expect(r.notPushed).toBe(`cannot fetch ${LOG_BRANCH}: ${hungUp}`);
    expect(g.fetches()).toBe(3);
    expect(g.pushes()).toBe(0);
    expect(remoteEvents(remote)).toEqual([]);
  });

  it('a refused push is not tried again', async () => {
    const { remote, clone } = sealedRemote();
    const g = faulty(clone(), {
      push: () => Promise.resolve({ status: 'forbidden', message: 'remote: Permission to o/r.git denied' }),
    });
    const r = await appendToLog(location, draft, new Map(), g.git);
    expect(r.notPushed).toBe('forbidden: remote: Permission to o/r.git denied');
    expect(g.pushes()).toBe(1);
    expect(remoteEvents(remote)).toEqual([]);
  });
});
