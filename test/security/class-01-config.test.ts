import { writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_BRANCH } from '../helpers/remote.js';
import { git, gitRepo, commitAll } from '../helpers/tmp.js';
import { codesOf, pullRequest, runAction, runCli, sha256sum, writeFiles } from './harness.js';

const TAMPER = (dir: string) => writeFileSync(join(dir, 'src/app.js'), 'export const answer = 41;\n');

/** Attack: a pull request that edits a sealed file configures its own gate with .github/driftgate.yml. */
describe('class 1: the pull request configures its own gate', () => {
  it.each([
    ['baseline: none', 'baseline: none\n'],
    ['baseline-ref: HEAD', 'baseline-ref: HEAD\n'],
    ['sealed: (nothing)', 'sealed: ""\nprotected-paths: ""\n'],
  ])(
    '%s in the change does not configure the run: INCIDENT plus CONFIG_CHANGED, exit 1',
    async (_label, config) => {
      const { dir, payload } = pullRequest({
        change: (d) => {
          TAMPER(d);
          writeFiles(d, { '.github/driftgate.yml': config });
        },
      });
      const r = await runAction(dir, 'pull_request', payload, {});
      expect(r.status).toBe(1);
      expect(r.outputs.classification).toBe('INCIDENT');
      expect(codesOf(r)).toContain('SEALED_MODIFIED');
      const changed = r.event!.findings.find((f) => f.code === 'CONFIG_CHANGED')!;
      expect(changed.classification).toBe('PRODUCT_DRIFT');
      expect(changed.message).toContain('.github/driftgate.yml');
      expect(changed.message).toContain('(unset) →');
    },
    60_000,
  );

  it('a re-sealed manifest named by the change (baseline: OTHER.sha256) is not the baseline', async () => {
    const { dir, payload } = pullRequest({
      change: (d) => {
        TAMPER(d);
        writeFileSync(join(d, 'OTHER.sha256'), sha256sum(d, 'src/app.js'));
        writeFiles(d, { '.github/driftgate.yml': 'baseline: OTHER.sha256\n' });
      },
    });
    const r = await runAction(dir, 'pull_request', payload, {});
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(codesOf(r)).toEqual(expect.arrayContaining(['SEALED_MODIFIED', 'CONFIG_CHANGED']));
    expect(r.event!.findings.find((f) => f.code === 'CONFIG_CHANGED')!.message).toContain(
      'baseline: (unset) → "OTHER.sha256"',
    );
  }, 60_000);

  it('from a fork too', async () => {
    const { dir, payload } = pullRequest({
      fork: true,
      change: (d) => {
        TAMPER(d);
        writeFiles(d, { '.github/driftgate.yml': 'baseline: none\n' });
      },
    });
    const r = await runAction(dir, 'pull_request', payload, {});
    expect(r.status).toBe(1);
    expect(r.outputs.classification).toBe('INCIDENT');
  }, 60_000);

  it('the trusted config keeps governing when the change rewrites it (protected paths, old → new named)', async () => {
    const { dir, payload } = pullRequest({
      base: (d) => writeFiles(d, { '.github/driftgate.yml': 'protected-paths: |\n  docs/**\n' }),
      change: (d) => {
        writeFiles(d, {
          'docs/x.md': 'rewritten\n',
          '.github/driftgate.yml': 'protected-paths: nothing/**\n',
        });
      },
    });
    const r = await runAction(dir, 'pull_request', payload, {});
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(codesOf(r)).toContain('PROTECTED_PATH_WRITTEN');
    expect(r.event!.findings.find((f) => f.code === 'CONFIG_CHANGED')!.message).toContain(
      'protected-paths: "docs/**\\n" → "nothing/**"',
    );
  }, 60_000);

  it('removing the trusted config changes nothing either', async () => {
    const { dir, payload } = pullRequest({
      base: (d) => writeFiles(d, { '.github/driftgate.yml': 'sealed: src/**\n' }),
      change: (d) => {
        writeFiles(d, { 'src/extra.js': 'unsealed\n' });
        unlinkSync(join(d, '.github/driftgate.yml'));
      },
    });
    const r = await runAction(dir, 'pull_request', payload, {});
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(codesOf(r)).toEqual(expect.arrayContaining(['SEALED_UNEXPECTED', 'CONFIG_CHANGED']));
    expect(r.event!.findings.find((f) => f.code === 'CONFIG_CHANGED')!.message).toContain('removes it');
  }, 60_000);

  it('log-branch: main in the change does not make the gate push to main', async () => {
    const { dir, payload, remote } = pullRequest({
      change: (d) => writeFiles(d, { '.github/driftgate.yml': 'log-branch: main\n' }),
    });
    const mainBefore = git(remote, 'rev-parse', 'main').trim();
    const r = await runAction(dir, 'pull_request', payload, {});
    expect(r.outputs.classification).toBe('PRODUCT_DRIFT');
    expect(git(remote, 'rev-parse', 'main').trim()).toBe(mainBefore);
    // The entry went to the trusted config's log branch.
    expect(git(remote, 'log', '--format=%s', LOG_BRANCH)).not.toBe('');
  }, 60_000);

  it('sealed globs with no manifest anywhere are an INCIDENT, not a pass', async () => {
    const { dir, payload } = pullRequest({
      base: (d) => {
        unlinkSync(join(d, 'BASELINE_REF.sha256'));
        writeFiles(d, { '.github/driftgate.yml': 'sealed: src/**\n' });
      },
      change: (d) => TAMPER(d),
    });
    const r = await runAction(dir, 'pull_request', payload, {});
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(codesOf(r)).toContain('BASELINE_ABSENT');
  }, 60_000);

  it('a baseline given explicitly that exists nowhere stops the run (Action and CLI verify exit 2)', async () => {
    const { dir, payload } = pullRequest({ change: (d) => TAMPER(d) });
    const r = await runAction(dir, 'pull_request', payload, { baseline: 'missing.sha256' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('driftgate could not run: missing.sha256: the sealed manifest does not exist');
    const plain = gitRepo();
    writeFiles(plain, { 'src/a.js': 'a\n' });
    commitAll(plain, 'x');
    const cli = runCli(plain, 'verify', '--baseline', 'missing');
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('missing: the sealed manifest does not exist');
    // Sealing writes the manifest it names, so there it need not exist yet.
    expect(runCli(plain, 'seal', '--baseline', 'NEW.sha256', '--sealed', 'src/**').status).toBe(0);
    expect(runCli(plain, 'verify', '--baseline', 'NEW.sha256').status).toBe(0);
  }, 60_000);

  it('a change to the workflow running the gate is reported (its step inputs are the change’s own)', async () => {
    const { dir, payload } = pullRequest({
      base: (d) => writeFiles(d, { '.github/workflows/gate.yml': 'on: pull_request\n' }),
      change: (d) => writeFiles(d, { '.github/workflows/gate.yml': 'on: pull_request # with: sealed: ""\n' }),
    });
    const r = await runAction(
      dir,
      'pull_request',
      payload,
      {},
      {
        GITHUB_WORKFLOW_REF: 'octo-org/sealed-app/.github/workflows/gate.yml@refs/pull/7/merge',
      },
    );
    expect(r.status).toBe(1);
    const f = r.event!.findings.find((x) => x.code === 'CONFIG_CHANGED')!;
    expect(f.message).toContain('.github/workflows/gate.yml, the workflow running the gate');
  }, 60_000);
});
