import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/core/log/read.js';
import { sealedRemote } from '../helpers/remote.js';
import { commitAll, git, run, tempDir } from '../helpers/tmp.js';

const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const LOG = 'governance/GOVERNANCE_LOG.ndjson';
const BRANCH = 'driftgate-log';

type Out = {
  classification: string;
  log?: { line: string; pushed: boolean } | null;
  outputs: Record<string, string>;
  event: {
    event_id: string;
    snapshot_id: string | null;
    frozen_by: string | null;
    findings: Array<{ code: string; message: string }>;
  };
};
const cli = (cwd: string, ...args: string[]) => run(process.execPath, [CLI, ...args], { cwd });
const check = (cwd: string, ...args: string[]): Out => {
  const r = cli(cwd, 'check', '--json', '--record', ...args);
  if (r.stdout.trim() === '') throw new Error(`driftgate check gave no JSON: ${r.stderr}`);
  return JSON.parse(r.stdout) as Out;
};

/** The log as it is on the remote's log branch. */
function remoteLog(remote: string): string {
  return git(remote, 'show', `${BRANCH}:${LOG}`);
}

/** Rewrites the log on the log branch with an ordinary commit and push (what a tamperer would do). */
function tamper(remote: string, edit: (lines: string[]) => string[]): void {
  const d = tempDir('driftgate-tamper-');
  git(d, 'clone', '-q', '--branch', BRANCH, remote, '.');
  const lines = readFileSync(join(d, LOG), 'utf8').split('\n').slice(0, -1);
  writeFileSync(join(d, LOG), edit(lines).join('\n') + '\n');
  commitAll(d, 'tidy the log');
  git(d, 'push', '-q', 'origin', BRANCH);
}

describe('the governance log on its own branch', () => {
  it('is created as an orphan branch on first use; the workspace stays on its branch, untouched', () => {
    const { remote, clone } = sealedRemote();
    const ws = clone();
    const head = git(ws, 'rev-parse', 'HEAD');
    const out = check(ws);
    expect(out.classification).toBe('STABLE');
    expect(git(ws, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(ws, 'symbolic-ref', '--short', 'HEAD').trim()).toBe('main');
    expect(git(ws, 'status', '--porcelain').trim()).toBe('');
    expect(git(remote, 'rev-list', '--count', BRANCH).trim()).toBe('1');
    const lines = remoteLog(remote).split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      seq: 0,
      type: 'OBSERVATION',
      event_id: out.event.event_id,
      prev: '0'.repeat(64),
    });
    expect(out.outputs['log-entry']).toMatch(/^[0-9a-f]{64}$/);
    // The first run also snapshots (there was none in the last 24 h), on the log branch beside the log.
    expect(git(remote, 'ls-tree', '-r', '--name-only', BRANCH)).toContain(
      `governance/runtime/snapshots/${out.event.snapshot_id}/RUNTIME_EVENT.json`,
    );
    expect(cli(ws, 'log', 'verify').status).toBe(0);
  });

  it('keeps an HMAC on every line when log-key is set, and log verify checks them', () => {
    const { clone } = sealedRemote();
    const ws = clone();
    check(ws, '--log-key', 'k1');
    check(ws, '--log-key', 'k1');
    expect(cli(ws, 'log', 'verify', '--log-key', 'k1').stdout).toContain(
      '2 line(s), chain intact, every MAC valid',
    );
    const wrong = cli(ws, 'log', 'verify', '--log-key', 'k2');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('line 1: mac does not match');
  });

  const tamperings: Array<[string, (l: string[]) => string[], number]> = [
    ['a rewritten line', (l) => l.map((x, i) => (i === 1 ? x.replace('"STABLE"', '"TOOLING_DRIFT"') : x)), 2],
    ['a removed line', (l) => l.filter((_, i) => i !== 1), 2],
    ['reordered lines', (l) => [l[1]!, l[0]!, ...l.slice(2)], 1],
    ['a truncated log', (l) => l.slice(0, -1), 3],
  ];
  for (const [name, edit, line] of tamperings) {
    it(`turns ${name} into an INCIDENT naming line ${line}`, () => {
      const { remote, clone } = sealedRemote();
      const ws = clone();
      for (let i = 0; i < 3; i++) check(ws);
      tamper(remote, edit);
      const out = check(ws);
      expect(out.classification).toBe('INCIDENT');
      const f = out.event.findings.find((x) => x.code === 'LOG_REWRITTEN' || x.code === 'LOG_INVALID')!;
      expect(f.message).toContain(`line ${line}:`);
    });
  }

  it('freezes after an INCIDENT until an authorized decision; an unauthorized one is refused and appends nothing', () => {
    const { remote, clone } = sealedRemote();
    const ws = clone();
    const base = git(ws, 'rev-parse', 'HEAD').trim();
    writeFileSync(join(ws, 'src/app.js'), 'export const answer = 41;\n');
    const incident = check(ws, '--baseline-ref', base);
    expect(incident.classification).toBe('INCIDENT');
    expect(
      existsSync(join(ws, `governance/runtime/snapshots/${incident.event.snapshot_id}/INCIDENT_REPORT.md`)),
    ).toBe(true);
    const report = readFileSync(
      join(ws, `governance/runtime/snapshots/${incident.event.snapshot_id}/INCIDENT_REPORT.md`),
      'utf8',
    );
    expect(report).toContain(incident.event.event_id);
    expect(report).toContain('SEALED_MODIFIED');

    git(ws, 'checkout', '-q', '--', 'src/app.js');
    const frozen = check(ws, '--baseline-ref', base);
    expect(frozen.classification).toBe('INCIDENT');
    expect(frozen.outputs.frozen).toBe('true');
    expect(frozen.event.frozen_by).toBe(incident.event.event_id);

    const lines = remoteLog(remote);
    const refused = cli(
      ws,
      'decide',
      'accept',
      incident.event.event_id,
      '--reason',
      'looks fine',
      '--by',
      'mallory',
      '--architects',
      'alice',
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('mallory may not decide');
    expect(remoteLog(remote)).toBe(lines);

    const investigate = cli(
      ws,
      'decide',
      'investigate',
      incident.event.event_id,
      '--reason',
      'checking the build farm',
      '--by',
      'alice',
      '--architects',
      'alice',
    );
    expect(investigate.status).toBe(0);
    expect(check(ws, '--baseline-ref', base).outputs.frozen).toBe('true');

    const accepted = cli(
      ws,
      'decide',
      'accept',
      incident.event.event_id,
      '--reason',
      'restored; the edit was a mistake',
      '--by',
      'alice',
      '--architects',
      'alice',
    );
    expect(accepted.status).toBe(0);
    const after = check(ws, '--baseline-ref', base);
    expect(after.classification).toBe('STABLE');
    expect(after.outputs.frozen).toBe('false');
    const decision = remoteLog(remote)
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .find((e) => e.type === 'DECISION' && e.decision === 'accept');
    expect(decision).toMatchObject({
      event_id: incident.event.event_id,
      by: 'alice',
      reason: 'restored; the edit was a mistake',
    });
    const shown = cli(ws, 'log', 'show').stdout;
    expect(shown).toContain(`DECISION     ${incident.event.event_id}`);
    expect(shown).toContain('accept by alice: restored; the edit was a mistake');
    expect(shown).toContain(`INCIDENT (frozen by ${incident.event.event_id})`);
  });

  it('rollback unfreezes once the sealed state matches the old baseline again', () => {
    const { clone } = sealedRemote();
    const ws = clone();
    const base = git(ws, 'rev-parse', 'HEAD').trim();
    writeFileSync(join(ws, 'src/app.js'), 'tampered\n');
    const incident = check(ws, '--baseline-ref', base);
    expect(cli(ws, 'decide', 'rollback', '--reason', 'revert the edit', '--by', 'alice').status).toBe(0);
    // Still tampered: the rollback has not happened yet, so the freeze stays.
    expect(check(ws, '--baseline-ref', base).event.frozen_by).toBe(incident.event.event_id);
    git(ws, 'checkout', '-q', '--', 'src/app.js');
    expect(check(ws, '--baseline-ref', base)).toMatchObject({
      classification: 'STABLE',
      event: { frozen_by: null },
    });
  });

  it('accept of a changed manifest makes that manifest the baseline', () => {
    const { clone } = sealedRemote();
    const ws = clone();
    const base = git(ws, 'rev-parse', 'HEAD').trim();
    writeFileSync(join(ws, 'src/app.js'), 'export const answer = 43;\n');
    writeFileSync(
      join(ws, 'BASELINE_REF.sha256'),
      spawnSync('sha256sum', ['src/app.js'], { cwd: ws }).stdout,
    );
    commitAll(ws, 're-seal');
    const incident = check(ws, '--baseline-ref', base);
    expect(incident.event.findings.map((f) => f.code)).toContain('BASELINE_MODIFIED');
    expect(
      cli(
        ws,
        'decide',
        'accept',
        incident.event.event_id,
        '--reason',
        'new pricing certified',
        '--by',
        'alice',
      ).status,
    ).toBe(0);
    const after = check(ws, '--baseline-ref', base);
    expect(after.classification).toBe('STABLE');
    expect(after.event.findings.map((f) => f.code)).toContain('BASELINE_ACCEPTED');
  });

  it('loses nothing when the push is refused: a warning, the entry in the snapshot, and log append later', () => {
    const { remote, clone } = sealedRemote();
    const ws = clone();
    check(ws);
    // The token can read but not write (a fork's pull request): the server refuses every push.
    writeFileSync(
      join(remote, 'hooks/pre-receive'),
      '#!/bin/sh\necho "Permission to octo/app.git denied to github-actions[bot]." >&2\nexit 1\n',
      { mode: 0o755 },
    );
    const r = cli(ws, 'check', '--json', '--record');
    const out = JSON.parse(r.stdout) as Out;
    expect(out.classification).toBe('STABLE');
    expect(out.outputs['log-entry']).toBe('');
    expect(r.stderr).toContain('could not append to the governance log');
    const kept = `governance/runtime/events/${out.event.event_id}.log-entry.ndjson`;
    expect(readFileSync(join(ws, kept), 'utf8')).toBe(`${out.log!.line}\n`);
    expect(out.log!.pushed).toBe(false);
    expect(remoteLog(remote).split('\n').filter(Boolean)).toHaveLength(1);
    // Later, from a job that can push:
    writeFileSync(join(remote, 'hooks/pre-receive'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const appended = cli(ws, 'log', 'append', kept);
    expect(appended.status, appended.stderr).toBe(0);
    const lines = remoteLog(remote).split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toMatchObject({ seq: 1, event_id: out.event.event_id });
    expect(cli(ws, 'log', 'verify').status).toBe(0);
  });
});

describe('concurrent runs', () => {
  it('16 gate processes at once against one remote: every event exactly once, chain intact, history linear', async () => {
    const { remote, clone } = sealedRemote();
    const clones = Array.from({ length: 16 }, () => clone());
    const outs = await Promise.all(
      clones.map(
        (ws) =>
          new Promise<Out & { stderr: string }>((resolve, reject) => {
            const child = spawn(process.execPath, [CLI, 'check', '--json', '--record', '--log-key', 'k'], {
              cwd: ws,
            });
            let stdout = '';
            let stderr = '';
            child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
            child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
            child.once('close', () => {
              try {
                resolve({ ...(JSON.parse(stdout) as Out), stderr });
              } catch {
                reject(new Error(`no JSON from a gate process: ${stderr}`));
              }
            });
          }),
      ),
    );
    // Every process says it pushed (a run that did not says why on stderr: shown first).
    const unpushed = outs.filter((o) => o.outputs['log-entry'] === '');
    expect(unpushed.map((o) => o.stderr)).toEqual([]);
    const log = remoteLog(remote);
    const reading = readLog(new TextEncoder().encode(log), undefined, 'k');
    expect(reading.errors).toEqual([]);
    const ids = reading.entries.map((e) => e.event_id);
    expect(ids).toHaveLength(16);
    expect(new Set(ids)).toEqual(new Set(outs.map((o) => o.event.event_id)));
    // Linear: 16 commits, each with exactly one parent but the first, no merges.
    expect(git(remote, 'rev-list', '--count', BRANCH).trim()).toBe('16');
    expect(git(remote, 'rev-list', '--merges', '--count', BRANCH).trim()).toBe('0');
  }, 120_000);
});

describe('the governance log on the checked-out branch', () => {
  it('is the branch as origin holds it for a decision made on the checkout (no baseline-ref)', () => {
    const { remote, clone } = sealedRemote();
    const ws = clone();
    mkdirSync(join(ws, '.github'));
    writeFileSync(join(ws, '.github/driftgate.yml'), 'log-branch: ""\n');
    commitAll(ws, 'log on the checked-out branch');
    git(ws, 'push', '-q', 'origin', 'main');
    writeFileSync(join(ws, 'src/app.js'), 'export const answer = 41;\n');
    const incident = check(ws);
    expect(incident.classification).toBe('INCIDENT');
    expect(git(remote, 'show', `main:${LOG}`)).toContain(incident.event.event_id);
    const decided = cli(
      ws,
      'decide',
      'accept',
      incident.event.event_id,
      '--reason',
      'on purpose',
      '--by',
      'me',
    );
    expect(decided.stderr).toBe('');
    expect(decided.status).toBe(0);
    expect(git(remote, 'show', `main:${LOG}`)).toContain('"type":"DECISION"');
  });
});
