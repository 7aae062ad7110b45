import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { examplePayload, readAnnotations, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';
import { policyRepo, servicePolicy, serviceTraces } from '../helpers/policy-repo.js';
import { commitAll, gitRepo, tempDir } from '../helpers/tmp.js';

const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
const HOSTILE = '</details><img src=x onerror=alert(1)>.js';
const TOKEN = `ghp_${'Zx9Yw8Vu7T'.repeat(4)}`;
let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  // Every request of every test matched an operation of GitHub's OpenAPI description.
  expect(api.violations).toEqual([]);
  await api.close();
});

type PR = {
  number: number;
  base: { sha: string; repo: { full_name: string } };
  head: { sha: string; repo: { full_name: string } };
};

/** A sealed repository with a pull request on top (tampered or not). */
function pullRequest(opts: { tamper: boolean }) {
  const dir = gitRepo();
  // The name holds a "/", so it spans a folder: src/< and details><img …>.js.
  mkdirSync(dirname(join(dir, 'src', HOSTILE)), { recursive: true });
  writeFileSync(join(dir, 'src', HOSTILE), 'sealed\n');
  writeFileSync(join(dir, 'src/app.js'), 'app\n');
  const h = (f: string) =>
    createHash('sha256')
      .update(readFileSync(join(dir, f)))
      .digest('hex');
  writeFileSync(
    join(dir, 'BASELINE_REF.sha256'),
    `${h(`src/${HOSTILE}`)}  src/${HOSTILE}\n${h('src/app.js')}  src/app.js\n`,
  );
  const base = commitAll(dir, 'seal');
  if (opts.tamper) writeFileSync(join(dir, 'src', HOSTILE), 'tampered\n');
  const head = commitAll(dir, 'change');
  const payload = examplePayload('pull_request', 'opened') as {
    pull_request: PR;
    repository: { full_name: string };
  };
  payload.pull_request.base.sha = base;
  payload.pull_request.head.sha = head;
  payload.pull_request.number = 7;
  payload.pull_request.head.repo.full_name = payload.pull_request.base.repo.full_name;
  return { dir, payload, head };
}

function action(dir: string, payload: unknown, inputs: Record<string, string> = {}) {
  const files = tempDir();
  const env = {
    ...runnerEnv(files, dir, 'pull_request', payload, {
      'github-token': 'ghs_publish',
      architects: 'alice',
      ...inputs,
    }),
    GITHUB_API_URL: api.url,
  };
  return new Promise<{ status: number | null; stdout: string; outputs: Record<string, string> }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [ACTION], { env });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.once('error', reject);
      child.once('close', (status) => resolve({ status, stdout, outputs: readOutputs(files) }));
    },
  );
}

const posted = () => [
  ...api.comments.map((c) => c.body),
  ...api.requests.filter((r) => r.route.endsWith('/issues')).map((r) => JSON.stringify(r.body)),
];

describe('publishing a run to GitHub (dist/index.js against a stand-in API)', () => {
  it('two runs on one pull request leave one sticky comment, one issue, and a status on the head commit', async () => {
    const { dir, payload, head } = pullRequest({ tamper: true });
    const first = await action(dir, payload);
    expect(first.status).toBe(1);
    const second = await action(dir, payload);
    expect(second.status).toBe(1);
    expect(api.violations).toEqual([]);
    expect(api.comments.filter((c) => c.issue === 7)).toHaveLength(1);
    expect(
      api.requests.filter((r) => r.method === 'PATCH' && r.route.endsWith('/issues/comments/{comment_id}')),
    ).toHaveLength(1);
    const issues = api.requests.filter(
      (r) => r.method === 'POST' && r.route === '/repos/{owner}/{repo}/issues',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toMatchObject({
      labels: ['driftgate:incident', 'priority:critical'],
      assignees: ['alice'],
    });
    expect(api.statuses.map((s) => [s.sha, s.state, s.context])).toEqual([
      [head, 'failure', 'driftgate'],
      [head, 'failure', 'driftgate'],
    ]);
  }, 60_000);

  it('never posts an untrusted file name raw', async () => {
    const { dir, payload } = pullRequest({ tamper: true });
    await action(dir, payload, {
      'test-command': `echo "token ${TOKEN}"; echo "Tests:       1 passed, 1 total"`,
    });
    const all = posted().join('\n');
    expect(all.length).toBeGreaterThan(100);
    expect(all).not.toContain('<img');
    expect(all).not.toContain('</details><img');
    expect(all).not.toContain(TOKEN);
  }, 60_000);

  it('a policy change flipping traced decisions: PRODUCT_DRIFT, scores as outputs, runbooks posted escaped, the same runbook file twice', async () => {
    const repo = policyRepo();
    const hostile = servicePolicy();
    hostile.commands.push({ id: HOSTILE, pattern: 'sudo *', mode: 'deny' });
    repo.writePolicy('svc-a', hostile);
    repo.writeTraces('agent', [
      ...serviceTraces(),
      JSON.stringify({
        ts: 1,
        project: 'svc-a',
        request: { action: 'run-command', target: 'sudo reboot' },
        decision: 'deny',
      }),
    ]);
    const base = repo.commit('policies');
    const loose = servicePolicy({ rm: 'allow' });
    loose.commands.push({ id: HOSTILE, pattern: 'sudo *', mode: 'allow' });
    repo.writePolicy('svc-a', loose);
    const head = repo.commit('loosen rm and sudo');
    const payload = examplePayload('pull_request', 'opened') as { pull_request: PR };
    payload.pull_request.base.sha = base;
    payload.pull_request.head.sha = head;
    payload.pull_request.number = 7;
    payload.pull_request.head.repo.full_name = payload.pull_request.base.repo.full_name;
    const first = await action(repo.dir, payload);
    const second = await action(repo.dir, payload);
    for (const r of [first, second]) {
      expect(r.status).toBe(1);
      expect(r.outputs.classification).toBe('PRODUCT_DRIFT');
      expect(Number(r.outputs['drift-score'])).toBeGreaterThan(0);
      expect(r.outputs['risk-level']).toMatch(/^(low|medium|high|critical)$/);
    }
    const runbook = (r: typeof first) => readFileSync(join(repo.dir, r.outputs.runbook!), 'utf8');
    expect(first.outputs.runbook).not.toBe(second.outputs.runbook);
    // Byte for byte the same but for the run's own event id, filled in when the runbook is rendered.
    const withoutRun = (r: typeof first) => runbook(r).replaceAll(r.outputs['event-id']!, 'RTE');
    expect(runbook(first)).toContain(first.outputs['event-id']);
    expect(withoutRun(second)).toBe(withoutRun(first));
    const event = JSON.parse(readFileSync(join(repo.dir, first.outputs.report!), 'utf8')) as {
      findings: Array<{ code: string; message: string }>;
    };
    expect(event.findings.find((f) => f.code === 'POLICY_DECISIONS_FLIPPED')!.message).toMatch(
      /^21 of 101 traced decisions flip under head/,
    );
    const comment = api.comments.find((c) => c.issue === 7)!.body;
    expect(comment).toMatch(/· drift [\d.]+ \((stable|watch|volatile|critical)\) · risk \w+/);
    expect(comment).toContain('<details><summary>Runbooks');
    expect(comment).toContain('POLICY_DECISIONS_FLIPPED');
    const all = posted().join('\n');
    expect(all).not.toContain('<img');
    expect(all).not.toContain('</details><img');
  }, 60_000);

  it('faults leave exactly one comment and one issue', async () => {
    const { dir, payload } = pullRequest({ tamper: true });
    api.faults.push(
      { route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', kind: '5xx', times: 1 },
      { route: 'POST /repos/{owner}/{repo}/issues', kind: 'secondary-limit', times: 1 },
      { route: 'POST /repos/{owner}/{repo}/statuses/{sha}', kind: 'rate-limit', times: 1 },
    );
    const r = await action(dir, payload);
    expect(r.status).toBe(1);
    expect(api.comments.filter((c) => c.issue === 7)).toHaveLength(1);
    expect(api.issues).toHaveLength(1);
    expect(api.statuses).toHaveLength(1);
  }, 90_000);

  it('a read-only token gives a passing STABLE run with one warning naming the permission', async () => {
    const { dir, payload } = pullRequest({ tamper: false });
    api.faults.push({ route: 'POST /repos/{owner}/{repo}/statuses/{sha}', kind: 'read-only', times: 5 });
    const r = await action(dir, payload);
    expect(r.status).toBe(0);
    expect(r.outputs.classification).toBe('STABLE');
    const warnings = readAnnotations(r.stdout).filter(
      (a) => a.level === 'warning' && a.message.includes('may not write'),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('issues=write; pull_requests=write');
  }, 60_000);

  it("skips writing for a fork's pull request, with one warning", async () => {
    const { dir, payload } = pullRequest({ tamper: false });
    payload.pull_request.head.repo.full_name = 'someone/fork';
    const r = await action(dir, payload);
    expect(r.status).toBe(0);
    // It reads (the log's witnesses, the log branch's rules) but writes nothing.
    expect(api.requests.filter((q) => q.method !== 'GET' && q.route !== '/graphql')).toEqual([]);
    expect(readAnnotations(r.stdout).some((a) => a.level === 'warning' && a.message.includes('fork'))).toBe(
      true,
    );
  }, 60_000);

  it('4,000 failing tests still make one comment within the limit', async () => {
    const { dir, payload } = pullRequest({ tamper: false });
    const results = Array.from({ length: 40 }, (_, f) => ({
      name: `${dir}/tests/file-${f}.test.js`,
      status: 'failed',
      message: '',
      assertionResults: Array.from({ length: 100 }, (_, t) => ({
        ancestorTitles: ['suite'],
        title: `case ${t} ${'x'.repeat(40)}`,
        status: 'failed',
        failureMessages: ['AssertionError: expected 1 to be 2'],
      })),
    }));
    writeFileSync(
      join(dir, 'report.json'),
      JSON.stringify({ numTotalTests: 4000, success: false, testResults: results }),
    );
    writeFileSync(join(dir, 'console.txt'), 'Tests:       4000 failed, 4000 total\n');
    const r = await action(dir, payload, {
      'test-console': 'console.txt',
      'test-exit-code': '1',
      'test-report': 'report.json',
    });
    expect(r.outputs.classification).toBe('PRODUCT_DRIFT');
    const mine = api.comments.filter((c) => c.issue === 7);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body.length).toBeLessThanOrEqual(65_536);
    expect(api.violations).toEqual([]);
  }, 60_000);
});
