import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { examplePayload, readAnnotations, runnerEnv } from '../helpers/actions-env.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';
import { remoteLogLines, sealedRemote } from '../helpers/remote.js';
import { git, run, tempDir } from '../helpers/tmp.js';

const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

/** A remote whose log holds one INCIDENT, and a checkout of the default branch (what issue_comment workflows get). */
function incident() {
  const { remote, clone } = sealedRemote();
  const work = clone();
  const base = git(work, 'rev-parse', 'HEAD').trim();
  writeFileSync(join(work, 'src/app.js'), 'tampered\n');
  const r = run(process.execPath, [CLI, 'check', '--json', '--record', '--baseline-ref', base], {
    cwd: work,
  });
  const out = JSON.parse(r.stdout) as { event: { event_id: string; commit: string } };
  return { remote, checkout: clone(), eventId: out.event.event_id, commit: out.event.commit };
}

function comment(checkout: string, body: string, login: string, inputs: Record<string, string> = {}) {
  const payload = examplePayload('issue_comment', 'created') as {
    comment: { id: number; body: string; user: { login: string }; html_url: string };
    issue: { number: number };
  };
  payload.comment.id = 4242;
  payload.comment.body = body;
  payload.comment.user.login = login;
  payload.issue.number = 7;
  const files = tempDir();
  const env = {
    ...runnerEnv(files, checkout, 'issue_comment', payload, {
      mode: 'decide',
      'github-token': 'ghs_decide',
      ...inputs,
    }),
    GITHUB_API_URL: api.url,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
  };
  // Asynchronous on purpose: the stand-in API answers from this process, so a blocking spawn would deadlock.
  return new Promise<{ status: number | null; stdout: string; warnings: ReturnType<typeof readAnnotations> }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [ACTION], { env });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.once('error', reject);
      child.once('close', (status) =>
        resolve({ status, stdout, warnings: readAnnotations(stdout).filter((a) => a.level === 'warning') }),
      );
    },
  );
}

describe('mode: decide on an issue_comment (dist/index.js against a stand-in GitHub API)', () => {
  it('records an authorized decision, reacts, answers and sets the driftgate status', async () => {
    const { remote, checkout, eventId, commit } = incident();
    api.permissions.set('alice', 'admin');
    // The escalation issue an earlier run opened for this event.
    api.issues.push({
      number: 90,
      title: 'driftgate INCIDENT',
      body: `<!-- driftgate:event:${eventId} -->`,
      labels: ['driftgate:incident'],
      assignees: [],
      state: 'open',
    });
    const r = await comment(
      checkout,
      `Looked into it.\n/driftgate accept ${eventId} the edit was reverted upstream`,
      'alice',
    );
    expect(r.status).toBe(0);
    expect(api.violations).toEqual([]);
    const decision = JSON.parse(remoteLogLines(remote).at(-1)!);
    expect(decision).toMatchObject({
      type: 'DECISION',
      event_id: eventId,
      decision: 'accept',
      by: 'alice',
      reason: 'the edit was reverted upstream',
    });
    expect(api.reactions).toEqual([{ comment: 4242, content: '+1' }]);
    expect(api.comments.filter((c) => c.issue === 7)).toHaveLength(1);
    expect(api.comments.find((c) => c.issue === 7)!.body).toContain(
      `recorded the decision **accept** on \`${eventId}\``,
    );
    expect(api.comments.find((c) => c.issue === 90)!.body).toContain('Decision **accept** by @alice');
    expect(api.issues[0]!.state).toBe('closed');
    expect(api.statuses).toEqual([
      expect.objectContaining({ sha: commit, state: 'success', context: 'driftgate' }),
    ]);
  });

  it('refuses a commenter without maintain or admin permission: nothing appended, the answer says why', async () => {
    const { remote, checkout, eventId } = incident();
    api.permissions.set('mallory', 'write');
    const before = remoteLogLines(remote);
    const r = await comment(checkout, `/driftgate accept ${eventId} trust me`, 'mallory');
    expect(r.status).toBe(0);
    expect(remoteLogLines(remote)).toEqual(before);
    expect(api.reactions).toEqual([{ comment: 4242, content: '-1' }]);
    expect(api.comments[0]!.body).toContain('mallory may not decide');
    expect(api.statuses).toEqual([]);
    expect(api.violations).toEqual([]);
  });

  it('uses the architects list when set, without asking the API', async () => {
    const { remote, checkout, eventId } = incident();
    const r = await comment(checkout, `/driftgate investigate ${eventId} checking the build farm`, 'carol', {
      architects: 'carol',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(remoteLogLines(remote).at(-1)!)).toMatchObject({
      decision: 'investigate',
      by: 'carol',
    });
    expect(api.requests.some((q) => q.route.endsWith('/permission'))).toBe(false);
    expect(api.statuses[0]).toMatchObject({ state: 'failure' });
  });

  it('survives 5xx and a secondary rate limit: one reaction, one answer, one decision', async () => {
    const { remote, checkout, eventId } = incident();
    api.permissions.set('alice', 'maintain');
    api.faults.push(
      { route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', kind: '5xx', times: 1 },
      {
        route: 'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
        kind: 'secondary-limit',
        times: 1,
      },
    );
    const r = await comment(checkout, `/driftgate rollback ${eventId} restore the sealed file`, 'alice');
    expect(r.status).toBe(0);
    expect(api.reactions).toHaveLength(1);
    expect(api.comments).toHaveLength(1);
    expect(remoteLogLines(remote).filter((l) => l.includes('"type":"DECISION"'))).toHaveLength(1);
  }, 60_000);

  it('warns, and still records, when the token may not set statuses', async () => {
    const { remote, checkout, eventId } = incident();
    api.permissions.set('alice', 'admin');
    api.faults.push({ route: 'POST /repos/{owner}/{repo}/statuses/{sha}', kind: 'read-only', times: 5 });
    const r = await comment(checkout, `/driftgate accept ${eventId} fine`, 'alice');
    expect(r.status).toBe(0);
    expect(r.warnings.map((w) => w.message).join('\n')).toContain('could not set the commit status');
    expect(JSON.parse(remoteLogLines(remote).at(-1)!)).toMatchObject({ type: 'DECISION' });
  });

  it('ignores a comment without a /driftgate command, and asks for a reason when one is missing', async () => {
    const { checkout, eventId } = incident();
    expect((await comment(checkout, 'LGTM', 'alice')).status).toBe(0);
    expect(api.requests).toEqual([]);
    await comment(checkout, `/driftgate accept ${eventId}`, 'alice');
    expect(api.comments[0]!.body).toContain('a decision needs a reason');
    expect(api.violations).toEqual([]);
  });
});
