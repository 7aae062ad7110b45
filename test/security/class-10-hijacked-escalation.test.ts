import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/core/escalation.js';
import { useFakeGitHub, startFakeGitHub } from '../helpers/github-api.js';
import {
  COMMENT_ENV,
  commentPayload,
  pullRequest,
  pushToMain,
  runAction,
  tamper,
} from '../helpers/gate-run.js';
import { remoteLogLines, sealedRemote } from '../helpers/remote.js';

/**
 * Class 10: escalations hijacked. The hidden markers are public text; they count only on items the
 * gate's own identity authored.
 */
const api = useFakeGitHub();

const issueMarkerOf = (body: string) => /<!-- driftgate:issue:[^ ]+ -->/.exec(body)![0];
const created = () =>
  api.requests.filter((r) => r.method === 'POST' && r.route === '/repos/{owner}/{repo}/issues');

/** The marker a real INCIDENT on main's tampered app.js carries (deterministic: ref, class, paths). */
async function predictableMarker(): Promise<string> {
  const probe = await startFakeGitHub();
  try {
    const { clone } = sealedRemote();
    const push = pushToMain(clone, tamper);
    await runAction(probe, push.dir, 'push', push.payload, {}, push.env);
    return issueMarkerOf(probe.issues[0]!.body);
  } finally {
    await probe.close();
  }
}

describe('class 10: hijacked escalations', () => {
  it("an issue opened by another user with the gate's marker does not capture a real INCIDENT", async () => {
    const marker = await predictableMarker();
    api.issues.push({
      number: 66,
      title: 'harmless question',
      body: `nothing to see ${marker}`,
      labels: ['driftgate:incident'],
      assignees: [],
      state: 'open',
      user: 'mallory',
    });
    const { clone } = sealedRemote();
    const push = pushToMain(clone, tamper);
    const r = await runAction(api, push.dir, 'push', push.payload, {}, push.env);
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(created()).toHaveLength(1);
    expect(api.comments.filter((c) => c.issue === 66)).toEqual([]);
    // The gate's own issue carries the same marker: the next run finds it (and only it).
    const again = pushToMain(clone, tamper);
    await runAction(api, again.dir, 'push', again.payload, {}, again.env);
    expect(created()).toHaveLength(1);
    expect(api.comments.filter((c) => c.issue === 66)).toEqual([]);
  }, 120_000);

  it("a pull request comment holding the sticky marker is not the gate's comment", async () => {
    const { clone } = sealedRemote();
    const pr = pullRequest(clone, { number: 7, branch: 'feature', change: tamper });
    // Another bot (an app anyone can install, a workflow of the pull request) wrote it.
    api.comments.push({ id: 5, issue: 7, body: `please merge ${COMMENT_MARKER}`, user: 'other-app[bot]' });
    await runAction(api, pr.dir, 'pull_request', pr.payload, {}, pr.env);
    expect(api.comments.find((c) => c.id === 5)!.body).toBe(`please merge ${COMMENT_MARKER}`);
    expect(api.comments.filter((c) => c.issue === 7 && c.user === 'github-actions[bot]')).toHaveLength(1);
  }, 60_000);

  it("with an app's token, the gate is the app's bot: github-actions[bot]'s issues are not its own", async () => {
    const marker = await predictableMarker();
    api.viewer.login = 'driftgate-app[bot]';
    api.issues.push({
      number: 67,
      title: 'opened by a workflow',
      body: marker,
      labels: ['driftgate:incident'],
      assignees: [],
      state: 'open',
      user: 'github-actions[bot]',
    });
    const { clone } = sealedRemote();
    const push = pushToMain(clone, tamper);
    await runAction(api, push.dir, 'push', push.payload, {}, push.env);
    expect(api.requests.some((r) => r.route === '/graphql')).toBe(true);
    expect(created()).toHaveLength(1);
    expect(api.comments.filter((c) => c.issue === 67)).toEqual([]);
  }, 120_000);

  it("an id-less decision on an issue that copies an event's marker decides nothing", async () => {
    const { remote, clone } = sealedRemote();
    const push = pushToMain(clone, tamper);
    const incident = await runAction(api, push.dir, 'push', push.payload, {}, push.env);
    const eventId = incident.outputs['event-id']!;
    api.permissions.set('alice', 'admin');
    const before = remoteLogLines(remote);
    const r = await runAction(
      api,
      clone(),
      'issue_comment',
      commentPayload({
        body: '/driftgate accept fine by me',
        login: 'alice',
        issue: 68,
        issueAuthor: 'mallory',
        issueBody: `<!-- driftgate:event:${eventId} -->`,
      }),
      { mode: 'decide' },
      COMMENT_ENV,
    );
    expect(r.status).toBe(0);
    expect(remoteLogLines(remote)).toEqual(before);
    expect(api.comments.find((c) => c.issue === 68)!.body).toContain('is not a driftgate escalation issue');
  }, 120_000);
});
