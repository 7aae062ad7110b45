import { describe, expect, it } from 'vitest';
import { createNodeWorkspace } from '../../src/adapters/node-workspace.js';
import { createGitCli } from '../../src/adapters/git-cli.js';
import { segmentPath } from '../../src/core/log/append-only.js';
import type { EntryDraft } from '../../src/core/log/entry.js';
import { readLog } from '../../src/core/log/read.js';
import {
  allSegments,
  appendToLog,
  readGovernanceLog,
  readSegmentsAt,
  type LogLocation,
} from '../../src/stages/log.js';
import { LOG_BRANCH, LOG_PATH, sealedRemote } from '../helpers/remote.js';
import { git } from '../helpers/tmp.js';

const draft = (i: number): EntryDraft => ({
  type: 'SEAL',
  event_id: `RTE_20261121_100000_${i.toString(16).padStart(8, '0')}`,
  timestamp: '2026-11-21T10:00:00.000Z',
  manifest_sha256: null,
  runtime_baseline_sha256: null,
  by: 'alice',
});

describe('log segments through real git', () => {
  it('roll over past the size limit, the chain running on across segment files', async () => {
    const { remote, clone } = sealedRemote();
    const ws = clone();
    const g = createGitCli(ws);
    const location: LogLocation = {
      path: LOG_PATH,
      branch: LOG_BRANCH,
      dedicated: true,
      key: 'k',
      segmentMaxBytes: 700,
    };
    for (let i = 0; i < 9; i++) {
      const r = await appendToLog(location, draft(i), new Map(), g);
      expect(r.notPushed).toBeNull();
    }
    const files = git(remote, 'ls-tree', '-r', '--name-only', LOG_BRANCH).split('\n').filter(Boolean);
    expect(files).toContain(segmentPath(LOG_PATH, 1));
    expect(files).toContain(segmentPath(LOG_PATH, 2));
    const tip = (await g.fetchBranch(LOG_BRANCH))!;
    const segs = allSegments(await readSegmentsAt(g, tip, LOG_PATH));
    expect(segs.every((s) => s.length <= 700)).toBe(true);
    const all = new Uint8Array(Buffer.concat(segs));
    const read = readLog(all, undefined, 'k');
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const state = await readGovernanceLog(location, null, {
      git: g,
      workspace: await createNodeWorkspace(ws),
    });
    expect(state.findings).toEqual([]);
    // Every segment was read: nine lines in all.
    expect(state.segments.reduce((n, s) => n + s.filter((b) => b === 10).length, 0)).toBe(9);
  });
});
