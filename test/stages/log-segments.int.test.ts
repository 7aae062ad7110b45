import { describe, expect, it } from 'vitest';
import { createNodeWorkspace } from '../../src/adapters/node-workspace.js';
import { createGitCli } from '../../src/adapters/git-cli.js';
import { segmentPath } from '../../src/core/log/append-only.js';
import type { EntryDraft } from '../../src/core/log/entry.js';
import { readLog } from '../../src/core/log/read.js';
import { checkpointPath, formatCheckpoint, verifyLog } from '../../src/core/log/checkpoint.js';
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
    expect(Buffer.concat(state.segments).toString().split('\n').filter(Boolean)).toHaveLength(9);
    // Every sealed segment has its checkpoint, and the checkpoints vouch for them.
    for (let n = 1; files.includes(segmentPath(LOG_PATH, n)); n++)
      expect(files).toContain(checkpointPath(LOG_PATH, n));
    const now = await readSegmentsAt(g, tip, LOG_PATH);
    const verified = verifyLog(now.sealed, now.active, 'k');
    expect(verified.error).toBeNull();
    expect(verified.checkpointed).toBe(now.sealed.length);
    expect(verified.next.seq).toBe(9);
  });

  it('a sealed segment edited under its checkpoint is read line by line, and the edit is found', async () => {
    const { clone } = sealedRemote();
    const ws = clone();
    const g = createGitCli(ws);
    const location: LogLocation = {
      path: LOG_PATH,
      branch: LOG_BRANCH,
      dedicated: true,
      key: 'k',
      segmentMaxBytes: 700,
    };
    for (let i = 0; i < 6; i++) await appendToLog(location, draft(i), new Map(), g);
    const tip = (await g.fetchBranch(LOG_BRANCH))!;
    const segs = await readSegmentsAt(g, tip, LOG_PATH);
    const first = segs.sealed[0]!;
    const edited = Buffer.from(Buffer.from(first.bytes).toString().replace('"by":"alice"', '"by":"mallo"'));
    const verified = verifyLog([{ ...first, bytes: edited }, ...segs.sealed.slice(1)], segs.active, 'k');
    // Reading stops at the first line that does not hold: nothing after it is vouched for.
    expect(verified.checkpointed).toBe(0);
    expect(verified.error?.reason).toMatch(/mac does not match/);
    // A checkpoint forged without the key vouches for nothing either.
    const forged = verifyLog(
      [
        {
          ...first,
          checkpoint: Buffer.from(
            formatCheckpoint(1, first.bytes, { seq: 0, prev: '0'.repeat(64) }, 'other'),
          ),
        },
      ],
      null,
      'k',
    );
    expect(forged.checkpointed).toBe(0);
    expect(forged.error).toBeNull();
  });
});
