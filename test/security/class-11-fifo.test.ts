// Class 11, the FIFO part: git cannot commit a FIFO, but the change's own test command runs before
// the gate reads the runtime baseline, reports, policies and traces, and can put FIFOs there. A
// reader opening one in blocking mode waits forever; the gate must open without blocking, see it
// is not a regular file, and report it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, readAnnotations, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { commitAll, gitRepo, tempDir } from '../helpers/tmp.js';

const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

const TEST_SCRIPT = `mkdir -p reports
cat > reports/junit.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="1"><testsuite name="a" tests="1"><testcase classname="a.test.js" name="works" time="0.001"/></testsuite></testsuites>
XML
echo "1 passed"
`;

/** FIFOs the hostile test command leaves where the gate reads after the tests. */
const FIFO_ATTACK = `rm -f governance/RUNTIME_BASELINE.json && mkfifo governance/RUNTIME_BASELINE.json
mkdir -p governance/policies governance/traces
mkfifo governance/policies/agent.json governance/traces/run.ndjson reports/extra.xml
`;

const FLAGS = { 'test-command': 'sh test.sh', 'test-report': 'reports/*.xml' };

/** A repository with a runtime baseline made by `driftgate seal --runtime`; its test script then turns hostile. */
function hostileRepo() {
  const dir = gitRepo();
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/app.js'), 'export const app = 1;\n');
  writeFileSync(join(dir, 'test.sh'), TEST_SCRIPT);
  writeFileSync(
    join(dir, 'BASELINE_REF.sha256'),
    spawnSync('sha256sum', ['src/app.js'], { cwd: dir }).stdout,
  );
  const sealed = spawnSync(
    process.execPath,
    [CLI, 'seal', '--runtime', '--test-command', FLAGS['test-command'], '--test-report', 'reports/junit.xml'],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(sealed.status).toBe(0);
  writeFileSync(join(dir, '.gitignore'), 'reports/\n');
  const base = commitAll(dir, 'seal');
  writeFileSync(join(dir, 'test.sh'), TEST_SCRIPT + FIFO_ATTACK);
  const head = commitAll(dir, 'hostile tests');
  return { dir, base, head };
}

describe('class 11, FIFOs where the gate reads', () => {
  it('the Action finishes with a finding naming the runtime baseline instead of hanging', () => {
    const { dir, base, head } = hostileRepo();
    const payload = examplePayload('push') as { before: string; after: string };
    payload.before = base;
    payload.after = head;
    const files = tempDir();
    const r = spawnSync(process.execPath, [ACTION], {
      env: runnerEnv(files, dir, 'push', payload, FLAGS),
      encoding: 'utf8',
      // A blocked reader would be killed here and the test fail on the signal.
      timeout: 60_000,
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(readOutputs(files).classification).toBe('INCIDENT');
    const errors = readAnnotations(r.stdout).filter((a) => a.level === 'error');
    expect(errors.some((a) => a.message.includes('governance/RUNTIME_BASELINE.json'))).toBe(true);
  }, 90_000);

  it('`driftgate check` finishes too and exits 1', () => {
    const { dir, base } = hostileRepo();
    const r = spawnSync(
      process.execPath,
      [
        CLI,
        'check',
        '--json',
        '--baseline-ref',
        base,
        '--test-command',
        FLAGS['test-command'],
        '--test-report',
        FLAGS['test-report'],
      ],
      { cwd: dir, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as {
      event: { findings: Array<{ code: string; evidence: { paths?: string[] } }> };
    };
    expect(
      out.event.findings.some(
        (f) =>
          f.code === 'RUNTIME_BASELINE_MODIFIED' &&
          f.evidence.paths?.includes('governance/RUNTIME_BASELINE.json'),
      ),
    ).toBe(true);
  }, 90_000);

  it('a FIFO in place of a sealed file is unreadable, not a hang (`driftgate verify`)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'a\n');
    writeFileSync(join(dir, 'BASELINE_REF.sha256'), spawnSync('sha256sum', ['a.txt'], { cwd: dir }).stdout);
    spawnSync('rm', [join(dir, 'a.txt')]);
    expect(spawnSync('mkfifo', [join(dir, 'a.txt')]).status).toBe(0);
    const r = spawnSync(process.execPath, [CLI, 'verify'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('a.txt: FAILED open or read');
  }, 90_000);

  it('a FIFO as the manifest is a finding, not a hang (`driftgate verify`)', () => {
    const dir = tempDir();
    expect(spawnSync('mkfifo', [join(dir, 'BASELINE_REF.sha256')]).status).toBe(0);
    const r = spawnSync(process.execPath, [CLI, 'verify'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/INCIDENT BASELINE_CORRUPT: .*BASELINE_REF\.sha256.*a FIFO/);
  }, 90_000);
});
