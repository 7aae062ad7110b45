import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/event.js';
import { formatEntry, GENESIS_PREV, type EntryDraft } from '../../src/core/log/entry.js';
import { useFakeGitHub } from '../helpers/github-api.js';
import { CLI, pullRequest, runAction, tamper, touchReadme } from '../helpers/gate-run.js';
import { LOG_BRANCH, LOG_PATH, remoteLogLines, sealedRemote } from '../helpers/remote.js';
import { commitAll, git, run } from '../helpers/tmp.js';

/**
 * Class 2: forged decisions. A decision is an architect's written act; nothing a change or a job's
 * credentials can produce may count as one.
 */
const api = useFakeGitHub();

const cli = (cwd: string, ...args: string[]) => run(process.execPath, [CLI, ...args], { cwd });

/** An INCIDENT recorded on the log branch by `driftgate check --record` on a tampered main. */
function recordedIncident(extra: string[] = []) {
  const { remote, clone } = sealedRemote();
  const work = clone();
  const base = git(work, 'rev-parse', 'HEAD').trim();
  tamper(work);
  const r = cli(work, 'check', '--json', '--record', '--baseline-ref', base, ...extra);
  const out = JSON.parse(r.stdout) as { event: { event_id: string } };
  return { remote, clone, work, base, eventId: out.event.event_id };
}

const decision = (eventId: string, manifest: string | null = null): EntryDraft => ({
  type: 'DECISION',
  event_id: eventId,
  timestamp: '2026-11-21T10:00:00.000Z',
  decision: 'accept',
  by: 'cto',
  reason: 'looks fine',
  manifest_sha256: manifest,
  runtime_baseline_sha256: null,
  source: 'cli',
});

/** Appends a well-chained line to the log branch with plain push rights (no log key). */
function pushLine(clone: () => string, draft: EntryDraft): void {
  const d = clone();
  git(d, 'checkout', '-q', LOG_BRANCH);
  const lines = readFileSync(join(d, LOG_PATH), 'utf8').split('\n').filter(Boolean);
  const { line } = formatEntry(draft, lines.length, sha256Hex(lines.at(-1)!), null);
  appendFileSync(join(d, LOG_PATH), `${line}\n`);
  commitAll(d, 'append');
  git(d, 'push', '-q', 'origin', LOG_BRANCH);
}

describe('class 2: forged decisions', () => {
  it('log append refuses a DECISION (the fork recipe cannot carry one in); the freeze stands', () => {
    const { remote, work, eventId } = recordedIncident();
    const before = remoteLogLines(remote);
    // What a pull request's tests could leave where the recipe picks kept entries up.
    mkdirSync(join(work, 'governance/runtime/events'), { recursive: true });
    const kept = join(work, 'governance/runtime/events/forged.log-entry.ndjson');
    writeFileSync(kept, `${formatEntry(decision(eventId), 0, GENESIS_PREV, null).line}\n`);
    const r = cli(work, 'log', 'append', 'governance/runtime/events/forged.log-entry.ndjson');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('a DECISION entry; log append takes only the OBSERVATION entries');
    expect(remoteLogLines(remote)).toEqual(before);
    const again = JSON.parse(cli(work, 'check', '--json').stdout) as { event: { frozen_by: string } };
    expect(again.event.frozen_by).toBe(eventId);
  }, 60_000);

  it('log append refuses a kept observation whose MAC does not verify under the log key', () => {
    const { remote, work } = recordedIncident(['--log-key', 'k1']);
    const before = remoteLogLines(remote);
    const obs = JSON.parse(before[0]!) as Record<string, unknown>;
    const forged = { ...obs, classification: 'STABLE' } as unknown as EntryDraft;
    writeFileSync(join(work, 'kept.ndjson'), `${formatEntry(forged, 0, GENESIS_PREV, 'not-the-key').line}\n`);
    const r = cli(work, 'log', 'append', 'kept.ndjson', '--log-key', 'k1');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('mac does not match');
    // Without the key, nothing MAC'd is appended (it would leave a line no one can verify).
    const noKey = cli(work, 'log', 'append', 'kept.ndjson');
    expect(noKey.status).toBe(2);
    expect(noKey.stderr).toContain('needs the log-key');
    expect(remoteLogLines(remote)).toEqual(before);
  }, 60_000);

  it('an accept naming an event that does not exist accepts no manifest: a re-sealed tampered file stays an INCIDENT', async () => {
    const { clone } = sealedRemote();
    const seed = clone();
    // The log branch exists (a STABLE record).
    expect(cli(seed, 'check', '--json', '--record').status).toBe(0);
    const pr = pullRequest(clone, {
      number: 7,
      branch: 'reseal',
      change: (d) => {
        tamper(d);
        writeFileSync(
          join(d, 'BASELINE_REF.sha256'),
          spawnSync('sha256sum', ['src/app.js'], { cwd: d }).stdout,
        );
      },
    });
    const resealed = sha256Hex(readFileSync(join(pr.dir, 'BASELINE_REF.sha256')));
    pushLine(clone, decision('RTE_20261121_100000_deadbeef', resealed));
    const r = await runAction(api, pr.dir, 'pull_request', pr.payload, {}, pr.env);
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(r.status).toBe(1);
    const event = JSON.parse(readFileSync(join(pr.dir, r.outputs.report!), 'utf8')) as {
      findings: Array<{ code: string }>;
    };
    expect(event.findings.map((f) => f.code)).not.toContain('BASELINE_ACCEPTED');
  }, 90_000);

  it('with the log on the checked-out branch, a DECISION line added by the pull request does not lift its freeze', async () => {
    const { clone } = sealedRemote();
    const seed = clone();
    mkdirSync(join(seed, '.github'), { recursive: true });
    writeFileSync(join(seed, '.github/driftgate.yml'), 'log-branch: ""\n');
    // The record at the base: pull request 7's INCIDENT froze it.
    const frozen = formatEntry(
      {
        type: 'OBSERVATION',
        event_id: 'RTE_20261121_090000_0badc0de',
        timestamp: '2026-11-21T09:00:00.000Z',
        classification: 'INCIDENT',
        commit: 'f'.repeat(40),
        ref: 'refs/pull/7/merge',
        freezes_all: false,
        freezes: true,
        snapshot_id: null,
        frozen_by: null,
        manifest_sha256: null,
        observed_manifest_sha256: null,
        observed_runtime_baseline_sha256: null,
        run_url: null,
        findings: 1,
      },
      0,
      GENESIS_PREV,
      null,
    ).line;
    mkdirSync(join(seed, 'governance'), { recursive: true });
    writeFileSync(join(seed, LOG_PATH), `${frozen}\n`);
    commitAll(seed, 'log at the base');
    git(seed, 'push', '-q', 'origin', 'main');
    const pr = pullRequest(clone, {
      number: 7,
      branch: 'feature',
      change: (d) => {
        touchReadme(d);
        // One canonical, well-chained DECISION line: what the attack added.
        const line = formatEntry(decision('RTE_20261121_090000_0badc0de'), 1, sha256Hex(frozen), null).line;
        appendFileSync(join(d, LOG_PATH), `${line}\n`);
      },
    });
    const r = await runAction(api, pr.dir, 'pull_request', pr.payload, {}, pr.env);
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(r.outputs.frozen).toBe('true');
    expect(r.status).toBe(1);
  }, 90_000);

  it("driftgate decide needs the log key when the log carries MACs (a test script with the job's credentials is refused)", () => {
    const { remote, work, eventId } = recordedIncident(['--log-key', 'k1']);
    const before = remoteLogLines(remote);
    const noKey = cli(work, 'decide', 'accept', eventId, '--reason', 'ship it', '--by', 'cto');
    expect(noKey.status).toBe(1);
    expect(noKey.stderr).toContain('needs the log-key');
    const wrongKey = cli(
      work,
      'decide',
      'accept',
      eventId,
      '--reason',
      'ship it',
      '--by',
      'cto',
      '--log-key',
      'guess',
    );
    expect(wrongKey.status).toBe(1);
    expect(wrongKey.stderr).toContain('mac does not match');
    expect(remoteLogLines(remote)).toEqual(before);
    // The architect holding the key decides.
    const withKey = cli(
      work,
      'decide',
      'accept',
      eventId,
      '--reason',
      'reviewed',
      '--by',
      'cto',
      '--log-key',
      'k1',
    );
    expect(withKey.status).toBe(0);
    expect(remoteLogLines(remote)).toHaveLength(before.length + 1);
  }, 60_000);
});
