import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyRepo, servicePolicy, serviceTraces } from '../helpers/policy-repo.js';
import { schemaErrorsOfEvents } from '../helpers/events.js';
import { remoteLogLines, sealedRemote } from '../helpers/remote.js';
import { commitAll, git, gitRepo, run } from '../helpers/tmp.js';

const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const cli = (cwd: string, ...args: string[]) => run(process.execPath, [CLI, ...args], { cwd });

function project(): string {
  const dir = gitRepo();
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/a.js'), 'a\n');
  writeFileSync(join(dir, 'src/b c.js'), 'b\n');
  return dir;
}

describe('driftgate (the bin)', () => {
  it('seals in coreutils format, verifies and checks; exit 0 when intact', () => {
    const dir = project();
    expect(cli(dir, 'seal', '--sealed', 'src/**').status).toBe(0);
    expect(spawnSync('sha256sum', ['-c', '--strict', 'BASELINE_REF.sha256'], { cwd: dir }).status).toBe(0);
    const verify = cli(dir, 'verify');
    expect(verify.status).toBe(0);
    expect(verify.stdout).toContain('src/b c.js: OK');
    commitAll(dir, 'seal');
    const check = cli(dir, 'check', '--json', '--baseline-ref', 'HEAD', '--sealed', 'src/**');
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ classification: 'STABLE', fails: false });
    expect(schemaErrorsOfEvents(dir)).toEqual({});
  });

  it('exits 1 naming the tampered file, in text and JSON', () => {
    const dir = project();
    cli(dir, 'seal', '--sealed', 'src/**');
    const base = commitAll(dir, 'seal');
    writeFileSync(join(dir, 'src/b c.js'), 'tampered\n');
    const verify = cli(dir, 'verify', '--quiet');
    expect(verify.status).toBe(1);
    expect(verify.stdout).toBe('src/b c.js: FAILED\ndriftgate verify: INCIDENT\n');
    const check = cli(dir, 'check', '--json', '--baseline-ref', base);
    expect(check.status).toBe(1);
    const out = JSON.parse(check.stdout);
    expect(out.classification).toBe('INCIDENT');
    expect(out.event.findings[0]).toMatchObject({
      code: 'SEALED_MODIFIED',
      evidence: { paths: ['src/b c.js'] },
    });
    expect(schemaErrorsOfEvents(dir)).toEqual({});
  });

  it('refuses to overwrite a manifest without --update, and says a decision is needed', () => {
    const dir = project();
    cli(dir, 'seal', 'src/a.js');
    const before = readFileSync(join(dir, 'BASELINE_REF.sha256'), 'utf8');
    const again = cli(dir, 'seal', '--sealed', 'src/**');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("needs an architect's decision");
    expect(readFileSync(join(dir, 'BASELINE_REF.sha256'), 'utf8')).toBe(before);
    const update = cli(dir, 'seal', '--update', '--sealed', 'src/**');
    expect(update.status).toBe(0);
    expect(update.stderr).toContain('architect');
    expect(readFileSync(join(dir, 'BASELINE_REF.sha256'), 'utf8').split('\n')).toHaveLength(3);
  });

  it('exits 2 for usage and configuration errors', () => {
    const dir = project();
    expect(cli(dir).status).toBe(2);
    expect(cli(dir, 'frobnicate').stderr).toContain('unknown command "frobnicate"');
    const bad = cli(dir, 'check', '--fail-on', 'NEVER');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--fail-on: expected PRODUCT_DRIFT|TOOLING_DRIFT, got "NEVER"');
    expect(cli(dir, 'check', '--config', 'missing.yml').stderr).toContain(
      'missing.yml: config file not found',
    );
    expect(cli(dir, 'seal', '../x').stderr).toContain('outside the workspace');
  });

  it('prints the usage and the help of each command from the command table', () => {
    const dir = project();
    const usage = cli(dir, '--help');
    expect(usage.status).toBe(0);
    for (const line of [
      'check',
      'verify',
      'seal',
      'log verify',
      'log append FILE',
      'decide',
      'policy runbook',
      'runbook',
    ])
      expect(usage.stdout).toMatch(new RegExp(`^  ${line}\\b`, 'm'));
    const help = cli(dir, 'policy', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: driftgate policy replay [options]');
    expect(help.stdout).toContain('--rule ID');
    expect(help.stdout).not.toContain('--record');
    expect(cli(dir, 'check', '--help').stdout).toContain('--record');
    expect(cli(dir, 'nonsense', '--help').status).toBe(2);
  });

  it('check --record keeps the log on the checked-out branch when log-branch is empty, and pushes it', () => {
    const { remote, clone } = sealedRemote();
    const dir = clone();
    const r = cli(dir, 'check', '--json', '--record', '--log-branch', '', '--sealed', 'src/**');
    // An empty flag is no flag: the config file is how the log-branch is emptied.
    expect(r.status, r.stderr).toBe(0);
    writeFileSync(join(dir, '.driftgate.yml'), "log-branch: ''\nsealed: src/**\n");
    const kept = cli(dir, 'check', '--json', '--record', '--config', '.driftgate.yml');
    expect(kept.status, kept.stderr).toBe(0);
    expect(kept.stderr).not.toContain('no git repository with an origin');
    const out = JSON.parse(kept.stdout);
    expect(out.log).toMatchObject({ pushed: true });
    const logOnMain = git(remote, 'show', 'main:governance/GOVERNANCE_LOG.ndjson').trim().split('\n');
    expect(JSON.parse(logOnMain.at(-1)!).event_id).toBe(out.event.event_id);
    expect(remoteLogLines(remote)).toHaveLength(1);
    expect(schemaErrorsOfEvents(dir)).toEqual({});
  });
});

describe('driftgate policy and runbook (dist/cli.js)', () => {
  function loosened() {
    const repo = policyRepo();
    repo.writePolicy('svc-a', servicePolicy());
    repo.writePolicy('svc-b', servicePolicy());
    repo.writeTraces('agent', [...serviceTraces(), ...serviceTraces('svc-b')]);
    const base = repo.commit('policies');
    repo.writePolicy('svc-a', servicePolicy({ rm: 'allow' }));
    repo.commit('loosen rm in svc-a');
    return { dir: repo.dir, base };
  }

  it('each command takes --base and --json, and exits 1 when the policies alone fail the gate', () => {
    const { dir, base } = loosened();
    const diff = cli(dir, 'policy', 'diff', '--base', base, '--json');
    expect(diff.status).toBe(1);
    expect(JSON.parse(diff.stdout).changes).toEqual([
      expect.objectContaining({ project: 'svc-a', id: 'rm', change: 'flipped', direction: 'loosened' }),
    ]);
    const replay = cli(dir, 'policy', 'replay', '--base', base, '--rule', 'rm');
    expect(replay.stdout).toContain(
      '20 of 200 traced decisions change under head (20 loosened, 0 tightened)',
    );
    expect(replay.stdout).toContain(
      'svc-a: rm deny → rm allow (20 trace lines, 2 requests, e.g. rm -rf build)',
    );
    expect(
      JSON.parse(cli(dir, 'policy', 'replay', '--base', base, '--rule', 'curl', '--json').stdout).flips,
    ).toEqual([]);
    const drift = JSON.parse(cli(dir, 'policy', 'drift', '--base', base, '--json').stdout);
    expect(drift.signals).toHaveLength(11);
    expect(drift.drift.band).toBe('stable');
    const federation = JSON.parse(cli(dir, 'policy', 'federation', '--json').stdout);
    expect(federation.pairs).toEqual([expect.objectContaining({ a: 'svc-a', b: 'svc-b' })]);
    expect(JSON.parse(cli(dir, 'policy', 'contradictions', '--json').stdout).static).toEqual([]);
    const books = cli(dir, 'runbook', '--base', base, '--json');
    expect(books.status).toBe(1);
    expect(JSON.parse(books.stdout).runbooks[0]).toMatchObject({
      archetype: 'classification',
      severity: 'high',
    });
    const md = cli(dir, 'runbook', '--base', base);
    expect(md.stdout).toMatch(/^# driftgate runbooks\n/);
    expect(cli(dir, 'runbook', '--base', base).stdout).toBe(md.stdout);
    expect(cli(dir, 'policy', 'nonsense').status).toBe(2);
  }, 60_000);

  it('a malformed policy exits 2 naming the file, the place and the value', () => {
    const repo = policyRepo();
    const broken = servicePolicy();
    broken.commands[2]!.mode = 'alow';
    repo.writePolicy('svc-a', broken);
    repo.commit('broken');
    const r = cli(repo.dir, 'policy', 'drift');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'governance/policies/svc-a.yml: commands[2].mode: expected allow|deny|review, got "alow"',
    );
  }, 30_000);
});
