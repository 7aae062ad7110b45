import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../helpers/github-api.js';
import {
  COMMENT_ENV,
  commentPayload,
  pullRequest,
  pushToMain,
  runAction,
  tamper,
  touchReadme,
} from '../helpers/gate-run.js';
import { remoteLogLines, sealedRemote } from '../helpers/remote.js';

const api = useFakeGitHub();

const issuesCreated = () =>
  api.requests.filter((r) => r.method === 'POST' && r.route === '/repos/{owner}/{repo}/issues');
/** The finding codes of a run, from the RUNTIME_EVENT.json it wrote. */
const codesOf = (dir: string, run: { outputs: Record<string, string> }): string[] =>
  (
    JSON.parse(readFileSync(join(dir, run.outputs.report!), 'utf8')) as { findings: Array<{ code: string }> }
  ).findings.map((f) => f.code);
const failingTests = 'echo "Tests:       1 failed, 1 passed, 2 total"; exit 1';
const passingTests = 'echo "Tests:       2 passed, 2 total"';

describe('freezes where they belong (dist/index.js, real git, the stand-in API)', () => {
  it("two pull requests from branches of the same name: one's INCIDENT freezes only its own ref", async () => {
    const { clone } = sealedRemote();
    const seven = pullRequest(clone, { number: 7, branch: 'feature', change: tamper });
    const nine = pullRequest(clone, { number: 9, branch: 'feature', change: touchReadme });
    const first = await runAction(api, seven.dir, 'pull_request', seven.payload, {}, seven.env);
    expect(first.status).toBe(1);
    expect(first.outputs.classification).toBe('INCIDENT');
    // The run that creates the freeze says so.
    expect(first.outputs.frozen).toBe('true');
    expect(issuesCreated()).toHaveLength(1);
    const other = await runAction(api, nine.dir, 'pull_request', nine.payload, {}, nine.env);
    expect(other.outputs.classification).toBe('STABLE');
    expect(other.outputs.frozen).toBe('false');
    expect(other.status).toBe(0);
    // PR 7's next commit is still frozen by its own INCIDENT, and its summary names that event.
    seven.push(touchReadme);
    const again = await runAction(api, seven.dir, 'pull_request', seven.payload, {}, seven.env);
    expect(again.status).toBe(1);
    expect(again.outputs.frozen).toBe('true');
    const freezing = first.outputs['event-id']!;
    expect(again.summary).toContain(`/driftgate accept ${freezing}`);
    expect(again.summary).not.toContain(`/driftgate accept ${again.outputs['event-id']}`);
  }, 120_000);

  it("a pull request's PRODUCT_DRIFT fails and comments without freezing or an issue; the fix passes", async () => {
    const { remote, clone } = sealedRemote();
    const pr = pullRequest(clone, { number: 7, branch: 'fix-me', change: touchReadme });
    const broken = await runAction(
      api,
      pr.dir,
      'pull_request',
      pr.payload,
      { 'test-command': failingTests },
      pr.env,
    );
    expect(broken.outputs.classification).toBe('PRODUCT_DRIFT');
    expect(broken.status).toBe(1);
    expect(broken.outputs.frozen).toBe('false');
    expect(api.comments.filter((c) => c.issue === 7)).toHaveLength(1);
    expect(issuesCreated()).toHaveLength(0);
    const logged = JSON.parse(remoteLogLines(remote).at(-1)!) as { freezes: boolean; ref: string };
    expect(logged).toMatchObject({ freezes: false, ref: 'refs/pull/7/merge' });
    pr.push(touchReadme);
    const fixed = await runAction(
      api,
      pr.dir,
      'pull_request',
      pr.payload,
      { 'test-command': passingTests },
      pr.env,
    );
    expect(fixed.outputs.classification).toBe('STABLE');
    expect(fixed.status).toBe(0);
    expect(issuesCreated()).toHaveLength(0);
  }, 120_000);

  it('PRODUCT_DRIFT on the default branch freezes every ref and escalates; accept turns the current head green', async () => {
    const { clone } = sealedRemote();
    const push = pushToMain(clone, touchReadme);
    const drift = await runAction(
      api,
      push.dir,
      'push',
      push.payload,
      { 'test-command': failingTests },
      push.env,
    );
    expect(drift.outputs.classification).toBe('PRODUCT_DRIFT');
    expect(drift.outputs.frozen).toBe('true');
    expect(issuesCreated()).toHaveLength(1);
    const pr = pullRequest(clone, { number: 12, branch: 'unrelated', change: touchReadme });
    const frozen = await runAction(api, pr.dir, 'pull_request', pr.payload, {}, pr.env);
    expect(frozen.status).toBe(1);
    expect(frozen.outputs.frozen).toBe('true');
    // The decision, without an id, on the escalation issue the gate opened for the event.
    const issue = api.issues[0]!;
    api.permissions.set('alice', 'admin');
    api.branches.set('main', 'c0ffee'.repeat(6) + 'c0ff');
    const decide = await runAction(
      api,
      clone(),
      'issue_comment',
      commentPayload({
        body: '/driftgate accept the failing test was removed on purpose',
        login: 'alice',
        issue: issue.number,
        issueAuthor: 'github-actions[bot]',
        issueBody: issue.body,
      }),
      { mode: 'decide' },
      COMMENT_ENV,
    );
    expect(decide.status).toBe(0);
    expect(decide.outputs['event-id']).toBe(drift.outputs['event-id']);
    // The status goes on main's current head, not on the commit that froze it.
    expect(api.statuses.at(-1)).toMatchObject({
      sha: 'c0ffee'.repeat(6) + 'c0ff',
      state: 'success',
      context: 'driftgate',
    });
    expect(api.statuses.at(-1)!.sha).not.toBe(push.after);
    const after = await runAction(api, pr.dir, 'pull_request', pr.payload, {}, pr.env);
    expect(after.outputs.frozen).toBe('false');
    expect(after.status).toBe(0);
  }, 120_000);

  it("an id-less accept on a frozen pull request decides that pull request's INCIDENT and turns its head green", async () => {
    const { remote, clone } = sealedRemote();
    const pr = pullRequest(clone, { number: 7, branch: 'feature', change: tamper });
    const incident = await runAction(api, pr.dir, 'pull_request', pr.payload, {}, pr.env);
    expect(incident.outputs.frozen).toBe('true');
    const head = pr.push(touchReadme);
    api.pulls.set(7, head);
    api.permissions.set('alice', 'maintain');
    const decide = await runAction(
      api,
      clone(),
      'issue_comment',
      commentPayload({ body: '/driftgate accept re-sealed on purpose', login: 'alice', issue: 7, pr: true }),
      { mode: 'decide' },
      COMMENT_ENV,
    );
    expect(decide.status).toBe(0);
    expect(JSON.parse(remoteLogLines(remote).at(-1)!)).toMatchObject({
      type: 'DECISION',
      event_id: incident.outputs['event-id'],
      decision: 'accept',
    });
    expect(api.statuses.at(-1)).toMatchObject({ sha: head, state: 'success' });
    // The incident issue the gate opened is answered and closed.
    expect(api.issues[0]!.state).toBe('closed');
  }, 120_000);

  it("an architect's accept makes the pull request's config file govern its runs, that file only", async () => {
    const { remote, clone } = sealedRemote();
    const sealedConfig = (d: string) => {
      mkdirSync(join(d, '.github'), { recursive: true });
      writeFileSync(join(d, '.github/driftgate.yml'), 'sealed: |\n  src/**\n');
      writeFileSync(join(d, 'src/new.js'), 'export const unsealed = 1;\n');
    };
    const pr = pullRequest(clone, { number: 7, branch: 'seal-more', change: sealedConfig });
    const proposed = await runAction(api, pr.dir, 'pull_request', pr.payload, {}, pr.env);
    // The change's config does not govern its own run: src/new.js is not sealed yet.
    expect(proposed.outputs.classification).toBe('PRODUCT_DRIFT');
    expect(codesOf(pr.dir, proposed)).toEqual(['CONFIG_CHANGED']);
    const observed = JSON.parse(remoteLogLines(remote).at(-1)!) as Record<string, unknown>;
    const sha = createHash('sha256').update('sealed: |\n  src/**\n').digest('hex');
    expect(observed).toMatchObject({ freezes: false, observed_config_sha256: sha });

    api.permissions.set('alice', 'admin');
    api.pulls.set(7, pr.head);
    const decide = await runAction(
      api,
      clone(),
      'issue_comment',
      commentPayload({ body: '/driftgate accept seal src/ as a whole', login: 'alice', issue: 7, pr: true }),
      { mode: 'decide' },
      COMMENT_ENV,
    );
    expect(decide.status).toBe(0);
    expect(JSON.parse(remoteLogLines(remote).at(-1)!)).toMatchObject({
      type: 'DECISION',
      event_id: proposed.outputs['event-id'],
      config_sha256: sha,
    });

    // Accepted, the change's config governs: src/new.js is now a sealed file the manifest lacks.
    pr.push(touchReadme);
    const accepted = await runAction(api, pr.dir, 'pull_request', pr.payload, {}, pr.env);
    expect(accepted.outputs.classification).toBe('INCIDENT');
    expect(codesOf(pr.dir, accepted)).toEqual(['SEALED_UNEXPECTED']);

    // Another edit of the file is another config, not accepted: the trusted one governs again.
    pr.push((d) => writeFileSync(join(d, '.github/driftgate.yml'), 'sealed: |\n  src/app.js\n'));
    const edited = await runAction(api, pr.dir, 'pull_request', pr.payload, {}, pr.env);
    expect(codesOf(pr.dir, edited)).toContain('CONFIG_CHANGED');
    expect(codesOf(pr.dir, edited)).not.toContain('SEALED_UNEXPECTED');
  }, 180_000);

  it('asks for each missing label once (no retry on not-found)', async () => {
    const { clone } = sealedRemote();
    const pr = pullRequest(clone, { number: 7, branch: 'feature', change: tamper });
    await runAction(api, pr.dir, 'pull_request', pr.payload, {}, pr.env);
    const lookups = api.requests.filter((r) => r.route === '/repos/{owner}/{repo}/labels/{name}');
    expect(lookups).toHaveLength(2);
  }, 60_000);
});
