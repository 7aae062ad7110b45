// A product failure must not pass as tooling: code under test that kills its own runner, or a
// console that claims every test passed while the command fails with a "Channel closed" line,
// can at most earn TOOLING_DRIFT, and on a pull request TOOLING_DRIFT fails the job whenever the
// tests did not demonstrably pass. Reproduced for real through dist/index.js.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { commitAll, runnerRepo, RUNNER_PATH, tempDir } from '../helpers/tmp.js';

const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
const PROJECT = new URL('../fixtures/runners/vitest/pass/', import.meta.url).pathname;
const VITEST = 'vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json';

/** A vitest project at a base commit and a pull request commit made by `change`. */
function pullRequest(change: (dir: string) => void) {
  const dir = runnerRepo();
  cpSync(PROJECT, dir, { recursive: true });
  writeFileSync(join(dir, '.gitignore'), 'reports/\ngovernance/runtime/\n');
  const base = commitAll(dir, 'base');
  change(dir);
  const head = commitAll(dir, 'the change under judgment');
  const payload = examplePayload('pull_request', 'opened') as {
    pull_request: { base: { sha: string }; head: { sha: string } };
  };
  payload.pull_request.base.sha = base;
  payload.pull_request.head.sha = head;
  return { dir, payload, head };
}

function gate(dir: string, eventName: string, payload: unknown, command: string) {
  const files = tempDir();
  const env = {
    ...runnerEnv(files, dir, eventName, payload, { 'test-command': command, 'test-report': 'reports/**' }),
    PATH: RUNNER_PATH,
  };
  const r = spawnSync(process.execPath, [ACTION], { env, encoding: 'utf8', timeout: 180_000 });
  const outputs = readOutputs(files);
  const event = JSON.parse(readFileSync(join(dir, outputs.report!), 'utf8')) as {
    findings: Array<{ code: string; classification: string; message: string }>;
  };
  return { status: r.status, classification: outputs.classification, event, stdout: r.stdout };
}

const killsItsRunner = (dir: string) => {
  const test = join(dir, 'tests/price.test.js');
  writeFileSync(
    test,
    readFileSync(test, 'utf8').replace('toBe(1200)', 'toBe(1201)') +
      "\nit('settles the ledger', () => { process.kill(process.ppid, 'SIGKILL'); });\n",
  );
};

/** A test command that prints a passing summary, then fails with a worker-crash line. */
const CLAIMS_PASS =
  "node -e \"console.log(' Test Files  2 passed (2)'); console.log('      Tests  4 passed (4)'); console.error('Error: Channel closed'); process.exit(1)\"";

describe('class 7: a product failure cannot pass as tooling', () => {
  it('product code whose test fails and that kills its runner: at most TOOLING_DRIFT, and the pull request fails', () => {
    const { dir, payload } = pullRequest(killsItsRunner);
    const run = gate(dir, 'pull_request', payload, VITEST);
    expect(['TOOLING_DRIFT', 'PRODUCT_DRIFT']).toContain(run.classification);
    expect(run.event.findings.some((f) => /SIGKILL|killed/.test(f.message))).toBe(true);
    expect(run.status).toBe(1);
  });

  it('a console that says all passed, exit 1 and "Channel closed": TOOLING_DRIFT that fails the pull request', () => {
    const { dir, payload } = pullRequest((d) => writeFileSync(join(d, 'NOTES.md'), 'a change\n'));
    const run = gate(dir, 'pull_request', payload, CLAIMS_PASS);
    expect(run.classification).toBe('TOOLING_DRIFT');
    expect(run.event.findings.map((f) => f.message).join('\n')).toContain('Channel closed');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::driftgate: TOOLING_DRIFT/);
  });

  it('the same run on a push passes with warnings: a governed ref keeps observing', () => {
    const { dir, head } = pullRequest((d) => writeFileSync(join(d, 'NOTES.md'), 'a change\n'));
    const push = { ...examplePayload('push'), after: head, before: '0'.repeat(40) };
    const run = gate(dir, 'push', push, CLAIMS_PASS);
    expect(run.classification).toBe('TOOLING_DRIFT');
    expect(run.status).toBe(0);
  });

  it('a pull request whose tests demonstrably passed still passes on TOOLING_DRIFT (a report that was not written)', () => {
    const { dir, payload } = pullRequest((d) => writeFileSync(join(d, 'NOTES.md'), 'a change\n'));
    const run = gate(dir, 'pull_request', payload, 'vitest run --reporter=default');
    expect(run.classification).toBe('TOOLING_DRIFT');
    expect(run.event.findings.map((f) => f.code)).toContain('REPORT_MISSING');
    expect(run.status).toBe(0);
  });
});
