import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeWorkspace } from '../src/adapters/node-workspace.js';
import { createShellRunner } from '../src/adapters/shell-runner.js';
import { createGitCli } from '../src/adapters/git-cli.js';
import { OUTPUT_NAMES, runGate } from '../src/gate.js';
import { parseSettings, type RawValue } from '../src/settings/settings.js';
import { recordingReporter } from './helpers/fakes.js';
import { commitAll, git, gitRepo, run, tempDir } from './helpers/tmp.js';

const FIXED = new Date('2026-11-21T10:00:00Z');

/** A sealed repository: src/ sealed by a manifest made with real sha256sum, committed as the base. */
function sealedRepo(): { dir: string; base: string } {
  const dir = gitRepo();
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/app.js'), 'export const answer = 42;\n');
  writeFileSync(join(dir, 'src/lib.js'), 'export const lib = 1;\n');
  writeFileSync(join(dir, 'README.md'), 'not sealed\n');
  const r = spawnSync('sha256sum', ['src/app.js', 'src/lib.js'], { cwd: dir });
  writeFileSync(join(dir, 'BASELINE_REF.sha256'), r.stdout);
  return { dir, base: commitAll(dir, 'seal') };
}

async function gate(dir: string, values: Record<string, unknown> = {}) {
  const layer: Record<string, RawValue> = Object.fromEntries(
    Object.entries(values).map(([k, value]) => [k, { value, source: { kind: 'flag' } as const }]),
  );
  const reporter = recordingReporter();
  const verdict = await runGate(
    parseSettings([layer]),
    {
      eventName: 'push',
      ref: 'refs/heads/main',
      run: { id: '1', attempt: '1', url: null },
      branch: 'main',
      onDefaultBranch: true,
      record: false,
      incidentTemplate: readFileSync(new URL('../templates/INCIDENT_TEMPLATE.md', import.meta.url), 'utf8'),
      logUrl: null,
      pullRequest: null,
      statusSha: null,
      fork: false,
    },
    {
      workspace: await createNodeWorkspace(dir),
      git: createGitCli(dir),
      runner: createShellRunner(),
      clock: { now: () => FIXED },
      reporter,
      github: null,
    },
  );
  const codes = verdict.event.findings.filter((f) => f.classification !== 'STABLE').map((f) => f.code);
  return { verdict, reporter, codes };
}

describe('runGate on a real git repository', () => {
  it('passes an untouched sealed tree and sets every output', async () => {
    const { dir, base } = sealedRepo();
    writeFileSync(join(dir, 'README.md'), 'free to change\n');
    commitAll(dir, 'docs');
    const { verdict, reporter, codes } = await gate(dir, { 'baseline-ref': base, sealed: 'src/**' });
    expect(codes).toEqual([]);
    expect(verdict.classification).toBe('STABLE');
    expect(verdict.fails).toBe(false);
    expect(reporter.outputs.classification).toBe('STABLE');
    expect(reporter.outputs['event-id']).toMatch(/^RTE_20261121_100000_[0-9a-f]{8}$/);
    expect(Object.keys(reporter.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    const event = JSON.parse(readFileSync(join(dir, reporter.outputs.report!), 'utf8'));
    expect(event.event_id).toBe(reporter.outputs['event-id']);
    expect(event.baseline.ref).toBe(base);
    expect(reporter.summaries[0]).toContain('STABLE');
  });

  it('gives the same event id for the same content and time, another for other content', async () => {
    const { dir, base } = sealedRepo();
    const a = await gate(dir, { 'baseline-ref': base });
    const b = await gate(dir, { 'baseline-ref': base });
    expect(a.verdict.event.event_id).toBe(b.verdict.event.event_id);
    writeFileSync(join(dir, 'src/app.js'), 'tampered\n');
    const c = await gate(dir, { 'baseline-ref': base });
    expect(c.verdict.event.event_id).not.toBe(a.verdict.event.event_id);
  });

  it('names a modified sealed file and annotates it', async () => {
    const { dir, base } = sealedRepo();
    writeFileSync(join(dir, 'src/app.js'), 'export const answer = 41;\n');
    commitAll(dir, 'tamper');
    const { verdict, reporter, codes } = await gate(dir, { 'baseline-ref': base });
    expect(codes).toEqual(['SEALED_MODIFIED']);
    expect(verdict.classification).toBe('INCIDENT');
    expect(verdict.fails).toBe(true);
    expect(reporter.annotations[0]).toMatchObject({ level: 'error', file: 'src/app.js' });
  });

  it('verifies against the baseline-ref manifest when the manifest was re-sealed to hide a change', async () => {
    const { dir, base } = sealedRepo();
    writeFileSync(join(dir, 'src/lib.js'), 'export const lib = 2;\n');
    const r = spawnSync('sha256sum', ['src/app.js', 'src/lib.js'], { cwd: dir });
    writeFileSync(join(dir, 'BASELINE_REF.sha256'), r.stdout);
    commitAll(dir, 're-seal');
    const { codes, verdict } = await gate(dir, { 'baseline-ref': base });
    expect(codes.sort()).toEqual(['BASELINE_MODIFIED', 'SEALED_MODIFIED']);
    expect(verdict.event.findings.find((f) => f.code === 'BASELINE_MODIFIED')!.evidence.detail).toContain(
      're-hashed: src/lib.js',
    );
  });

  it('treats a removed manifest as an INCIDENT and a never-sealed repository as a notice', async () => {
    const { dir, base } = sealedRepo();
    rmSync(join(dir, 'BASELINE_REF.sha256'));
    commitAll(dir, 'unseal');
    expect((await gate(dir, { 'baseline-ref': base })).codes).toContain('BASELINE_REMOVED');

    const plain = gitRepo();
    writeFileSync(join(plain, 'a.txt'), 'a');
    const first = commitAll(plain, 'a');
    commitAll(plain, 'b');
    const unsealed = await gate(plain, { 'baseline-ref': first });
    expect(unsealed.verdict.classification).toBe('STABLE');
    expect(unsealed.verdict.event.findings.map((f) => f.code)).toEqual(['NOT_SEALED']);
  });

  it('reports a corrupt manifest with its line number', async () => {
    const { dir, base } = sealedRepo();
    writeFileSync(
      join(dir, 'BASELINE_REF.sha256'),
      readFileSync(join(dir, 'BASELINE_REF.sha256'), 'utf8') + 'garbage line\n',
    );
    const { verdict, codes } = await gate(dir, { 'baseline-ref': base });
    expect(codes.sort()).toEqual(['BASELINE_CORRUPT', 'BASELINE_MODIFIED']);
    expect(verdict.event.findings.find((f) => f.code === 'BASELINE_CORRUPT')!.message).toContain('line 3');
  });

  it('finds sealed files the manifest does not list, and mode changes', async () => {
    const { dir, base } = sealedRepo();
    writeFileSync(join(dir, 'src/extra.js'), 'sneaked in\n');
    chmodSync(join(dir, 'src/lib.js'), 0o755);
    commitAll(dir, 'extra');
    const { verdict, codes } = await gate(dir, { 'baseline-ref': base, sealed: 'src/**' });
    expect(codes.sort()).toEqual(['SEALED_MODE_CHANGED', 'SEALED_UNEXPECTED']);
    expect(verdict.event.findings.find((f) => f.code === 'SEALED_UNEXPECTED')!.evidence.paths).toEqual([
      'src/extra.js',
    ]);
  });

  it('refuses entries outside the workspace without reading them', async () => {
    const outside = tempDir();
    // A FIFO blocks any reader forever: if driftgate opened it, the test would time out.
    spawnSync('mkfifo', [join(outside, 'trap')]);
    const { dir } = sealedRepo();
    symlinkSync(join(outside, 'trap'), join(dir, 'src/escape.js'));
    const h = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    const rel = `../${outside.split('/').pop()}/trap`;
    writeFileSync(
      join(dir, 'BASELINE_REF.sha256'),
      `${h}  src/escape.js\n${h}  ${join(outside, 'trap')}\n${h}  ${rel}\n${h}  src/../../x\n`,
    );
    const { verdict, codes } = await gate(dir, {});
    expect(codes).toEqual([
      'PATH_ESCAPES_WORKSPACE',
      'PATH_ESCAPES_WORKSPACE',
      'PATH_ESCAPES_WORKSPACE',
      'PATH_ESCAPES_WORKSPACE',
    ]);
    expect(verdict.seal.verdicts.every((v) => v.status === 'REFUSED')).toBe(true);
  }, 20_000);

  it('refuses a FIFO or a folder inside the workspace as unreadable, without blocking', async () => {
    const { dir } = sealedRepo();
    rmSync(join(dir, 'src/lib.js'));
    spawnSync('mkfifo', [join(dir, 'src/lib.js')]);
    rmSync(join(dir, 'src/app.js'));
    mkdirSync(join(dir, 'src/app.js'));
    const { verdict, codes } = await gate(dir, {});
    expect(codes).toEqual(['SEALED_UNREADABLE', 'SEALED_UNREADABLE']);
    expect(verdict.seal.verdicts.map((v) => v.status)).toEqual([
      'FAILED open or read',
      'FAILED open or read',
    ]);
  }, 20_000);

  it('fails on a sealed file replaced by a symlink even when it stays inside, and verifies its target', async () => {
    const { dir } = sealedRepo();
    rmSync(join(dir, 'src/lib.js'));
    writeFileSync(join(dir, 'lib-real.js'), 'export const lib = 1;\n');
    symlinkSync('../lib-real.js', join(dir, 'src/lib.js'));
    const { verdict } = await gate(dir, {});
    expect(verdict.classification).toBe('INCIDENT');
    expect(verdict.event.findings.map((f) => f.code)).toEqual(['SEALED_SYMLINK']);
    expect(verdict.seal.verdicts.map((v) => v.status)).toEqual(['OK', 'OK']);
  });

  it('fails when a commit since baseline-ref touched a protected path, even if a later commit undid it', async () => {
    const { dir, base } = sealedRepo();
    mkdirSync(join(dir, 'governance/runtime'), { recursive: true });
    writeFileSync(join(dir, 'governance/runtime/forged.json'), '{}');
    const bad = commitAll(dir, 'forge');
    rmSync(join(dir, 'governance/runtime/forged.json'));
    const hide = commitAll(dir, 'hide');
    const { verdict, codes } = await gate(dir, { 'baseline-ref': base });
    expect(codes).toEqual(['PROTECTED_PATH_WRITTEN']);
    expect(verdict.event.findings[0]!.evidence.commits).toEqual([bad, hide]);
  });

  it('runs each invariant once and names the one that fails', async () => {
    const { dir } = sealedRepo();
    const { verdict, codes } = await gate(dir, {
      invariants: 'INV-D-01: echo run >> inv.log && true\nINV-D-02: echo boom && exit 3',
    });
    expect(codes).toEqual(['INVARIANT_VIOLATED']);
    const f = verdict.event.findings[0]!;
    expect(f.evidence).toMatchObject({ invariant: 'INV-D-02', exitCode: 3, output: 'boom' });
    expect(readFileSync(join(dir, 'inv.log'), 'utf8')).toBe('run\n');
  });

  it('kills an invariant past the timeout and counts it as violated', async () => {
    const { dir } = sealedRepo();
    const { verdict } = await gate(dir, { invariants: 'INV-SLOW: sleep 30', 'test-timeout': 0.01 });
    expect(verdict.event.findings[0]).toMatchObject({ code: 'INVARIANT_VIOLATED' });
    expect(verdict.event.findings[0]!.message).toContain('killed after the timeout');
  });

  it('fetches baseline-ref from origin in a shallow clone', async () => {
    const { dir, base } = sealedRepo();
    writeFileSync(join(dir, 'src/app.js'), 'changed\n');
    commitAll(dir, 'change');
    const remote = tempDir('driftgate-remote-');
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    git(dir, 'push', '-q', remote, 'main');
    const clone = tempDir('driftgate-clone-');
    git(clone, 'clone', '-q', '--depth=1', `file://${remote}`, '.');
    expect(run('git', ['cat-file', '-e', base], { cwd: clone }).status).not.toBe(0);
    const { codes } = await gate(clone, { 'baseline-ref': base });
    expect(codes).toEqual(['SEALED_MODIFIED']);
  });
});
