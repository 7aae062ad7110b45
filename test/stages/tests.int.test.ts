import { cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, run, runnerRepo, RUNNER_PATH } from '../helpers/tmp.js';

const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const RUNNERS = new URL('../fixtures/runners/', import.meta.url).pathname;
const VITEST = 'vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json';
const env = { ...process.env, PATH: RUNNER_PATH };
const cli = (cwd: string, ...args: string[]) => run(process.execPath, [CLI, ...args], { cwd, env });

function vitestProject(): string {
  const dir = runnerRepo();
  cpSync(join(RUNNERS, 'vitest/pass'), dir, { recursive: true });
  writeFileSync(join(dir, '.gitignore'), 'reports/\ngovernance/runtime/\nout/\n');
  return dir;
}
type Out = {
  classification: string;
  event: { findings: Array<{ code: string; message: string; evidence: Record<string, unknown> }> };
};
const check = (dir: string, ...args: string[]) => {
  const r = cli(
    dir,
    'check',
    '--json',
    '--test-command',
    VITEST,
    '--test-report',
    'reports/vitest.json',
    ...args,
  );
  return { status: r.status, out: JSON.parse(r.stdout) as Out, stderr: r.stderr };
};

describe('tests stage with real vitest runs', () => {
  it('seals a runtime baseline from a passing run, then names a PASS→FAIL test', () => {
    const dir = vitestProject();
    const sealed = cli(
      dir,
      'seal',
      '--runtime',
      '--test-command',
      VITEST,
      '--test-report',
      'reports/vitest.json',
    );
    expect(sealed.status, sealed.stderr).toBe(0);
    const baseline = JSON.parse(readFileSync(join(dir, 'governance/RUNTIME_BASELINE.json'), 'utf8'));
    expect(baseline.tests['tests/price.test.js > pricing > adds the tax']).toBe('passed');
    expect(baseline.totals).toMatchObject({ passed: 4, total: 4 });
    const base = commitAll(dir, 'runtime baseline');

    expect(check(dir, '--baseline-ref', base).out.classification).toBe('STABLE');

    writeFileSync(
      join(dir, 'tests/price.test.js'),
      readFileSync(join(dir, 'tests/price.test.js'), 'utf8').replace('toBe(1200)', 'toBe(1201)'),
    );
    commitAll(dir, 'break pricing');
    const broken = check(dir, '--baseline-ref', base);
    expect(broken.status).toBe(1);
    expect(broken.out.classification).toBe('PRODUCT_DRIFT');
    const failed = broken.out.event.findings.find((f) => f.code === 'TESTS_FAILED')!;
    expect(failed.message).toContain('tests/price.test.js > pricing > adds the tax (PASS→FAIL)');
  });

  it('names a skipped or deleted baseline test, and a changed output file', () => {
    const dir = vitestProject();
    const command = `node -e "require('fs').mkdirSync('out',{recursive:true});require('fs').writeFileSync('out/prices.csv','1000,1200\\n')" && ${VITEST}`;
    const args = [
      '--test-command',
      command,
      '--test-report',
      'reports/vitest.json',
      '--outputs',
      'out/*.csv',
    ];
    expect(cli(dir, 'seal', '--runtime', ...args).status).toBe(0);
    const base = commitAll(dir, 'runtime baseline');

    writeFileSync(
      join(dir, 'tests/ledger.test.js'),
      "import { it } from 'vitest';\nit.skip('freezes entries', () => {});\n",
    );
    writeFileSync(
      join(dir, 'tests/price.test.js'),
      readFileSync(join(dir, 'tests/price.test.js'), 'utf8').replace(
        /\n {2}describe\('edge cases'[\s\S]*?\n {2}\}\);/,
        '',
      ),
    );
    commitAll(dir, 'skip and delete');
    const drift = cli(
      dir,
      'check',
      '--json',
      '--baseline-ref',
      base,
      ...args.map((a) => a.replace('1000,1200', '1000,1199')),
    );
    const out = JSON.parse(drift.stdout) as Out;
    expect(out.classification).toBe('PRODUCT_DRIFT');
    const by = (code: string) => out.event.findings.find((f) => f.code === code)!;
    expect(by('TEST_REGRESSED').evidence.tests).toEqual(['tests/ledger.test.js > freezes entries']);
    expect(by('TEST_MISSING').evidence.tests).toEqual([
      'tests/price.test.js > pricing > edge cases > keeps zero at zero',
    ]);
    expect(by('OUTPUT_CHANGED').evidence.paths).toEqual(['out/prices.csv']);
  });

  it('refuses to seal a run that is not clean', () => {
    const dir = vitestProject();
    writeFileSync(
      join(dir, 'tests/ledger.test.js'),
      "import { expect, it } from 'vitest';\nit('fails', () => expect(1).toBe(2));\n",
    );
    const r = cli(dir, 'seal', '--runtime', '--test-command', VITEST, '--test-report', 'reports/vitest.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('TESTS_FAILED');
  });

  it('flags a report left over from an earlier run as stale', () => {
    const dir = vitestProject();
    expect(cli(dir, 'check', '--test-command', VITEST, '--test-report', 'reports/vitest.json').status).toBe(
      0,
    );
    const old = Date.now() / 1000 - 3600;
    utimesSync(join(dir, 'reports/vitest.json'), old, old);
    // This run writes no report: the file on disk is an hour old.
    const r = check(dir, '--test-command', 'vitest run', '--test-report', 'reports/vitest.json');
    expect(r.out.classification).toBe('TOOLING_DRIFT');
    expect(r.out.event.findings.map((f) => f.code)).toContain('REPORT_STALE');
  });

  it('kills a test command past test-timeout: TOOLING_DRIFT', () => {
    const dir = vitestProject();
    const r = cli(
      dir,
      'check',
      '--json',
      '--test-command',
      'echo starting; sleep 30',
      '--test-timeout',
      '0.02',
    );
    const out = JSON.parse(r.stdout) as Out;
    expect(out.classification).toBe('TOOLING_DRIFT');
    expect(out.event.findings.map((f) => f.code)).toContain('TOOLING_SIGNATURE');
    expect(JSON.stringify(out)).toContain('driftgate-timeout');
  });
});

describe('report folders', () => {
  const NODE_JUNIT =
    'node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=reports/nested/node-junit.xml';
  const nodeProject = () => {
    const dir = runnerRepo();
    cpSync(join(RUNNERS, 'node-test/pass'), dir, { recursive: true });
    return dir;
  };

  it('are made for literal report paths before the tests run (node:test fails on a missing folder)', () => {
    const dir = nodeProject();
    const r = cli(
      dir,
      'check',
      '--json',
      '--test-command',
      NODE_JUNIT,
      '--test-report',
      'reports/nested/node-junit.xml',
    );
    expect(JSON.parse(r.stdout).classification).toBe('STABLE');
    expect(readFileSync(join(dir, 'reports/nested/node-junit.xml'), 'utf8')).toContain('<testsuites>');
  });

  it("are not made for a glob: the missing folder is the reporter's failure, TOOLING_DRIFT quoting it", () => {
    const dir = nodeProject();
    const r = cli(dir, 'check', '--json', '--test-command', NODE_JUNIT, '--test-report', 'reports/**');
    const out = JSON.parse(r.stdout) as Out;
    expect(out.classification).toBe('TOOLING_DRIFT');
    expect(out.event.findings.map((f) => f.message).join('\n')).toMatch(
      /ENOENT: no such file or directory, open 'reports\/nested\/node-junit\.xml'/,
    );
  });
});

describe('secrets printed by tests', () => {
  it('never reach the stored console, the event or the snapshot', () => {
    const dir = vitestProject();
    const token = `ghp_${'a1B2c3D4e5'.repeat(4)}`;
    const r = cli(
      dir,
      'check',
      '--json',
      '--test-command',
      `echo "using ${token}"; echo "::add-mask::s3cr3t-value"; echo "s3cr3t-value"; exit 3`,
    );
    const out = JSON.parse(r.stdout) as { event: { event_id: string } };
    const written = run('grep', ['-rl', '-e', token, '-e', 's3cr3t-value', join(dir, 'governance')]);
    expect(written.stdout).toBe('');
    expect(r.stdout).not.toContain(token);
    expect(
      readFileSync(join(dir, `governance/runtime/events/${out.event.event_id}.console.log`), 'utf8'),
    ).toContain('using ***');
  });
});
