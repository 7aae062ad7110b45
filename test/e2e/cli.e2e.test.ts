import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, gitRepo, run } from '../helpers/tmp.js';

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
});
