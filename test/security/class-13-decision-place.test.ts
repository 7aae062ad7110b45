import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../helpers/github-api.js';
import { COMMENT_ENV, commentPayload, pullRequest, runAction, tamper } from '../helpers/gate-run.js';
import { remoteLogLines, sealedRemote } from '../helpers/remote.js';

/**
 * Class 13: decisions not tied to their place. A decision is the author's newly created comment,
 * and without an event id it decides only the event of the pull request or escalation issue it is on.
 */
const api = useFakeGitHub();

/** Two pull requests frozen by their own INCIDENTs. */
async function twoFrozenPullRequests() {
  const { remote, clone } = sealedRemote();
  const seven = pullRequest(clone, { number: 7, branch: 'a', change: tamper });
  const nine = pullRequest(clone, { number: 9, branch: 'b', change: tamper });
  const e7 = (await runAction(api, seven.dir, 'pull_request', seven.payload, {}, seven.env)).outputs[
    'event-id'
  ]!;
  const e9 = (await runAction(api, nine.dir, 'pull_request', nine.payload, {}, nine.env)).outputs[
    'event-id'
  ]!;
  api.permissions.set('admin', 'admin');
  return { remote, clone, e7, e9 };
}

const decide = (clone: () => string, payload: ReturnType<typeof commentPayload>) =>
  runAction(api, clone(), 'issue_comment', payload, { mode: 'decide' }, COMMENT_ENV);
const decisions = (remote: string) =>
  remoteLogLines(remote)
    .map((l) => JSON.parse(l) as { type: string; event_id: string })
    .filter((e) => e.type === 'DECISION');

describe('class 13: decisions tied to their place', () => {
  it("an admin's id-less accept on an unrelated issue accepts nobody's INCIDENT", async () => {
    const { remote, clone } = sealedRemote();
    const seven = pullRequest(clone, { number: 7, branch: 'a', change: tamper });
    await runAction(api, seven.dir, 'pull_request', seven.payload, {}, seven.env);
    api.permissions.set('admin', 'admin');
    const r = await decide(
      clone,
      commentPayload({ body: '/driftgate accept all good', login: 'admin', issue: 50 }),
    );
    expect(r.status).toBe(0);
    expect(decisions(remote)).toEqual([]);
    expect(api.reactions).toEqual([{ comment: 4242, content: '-1' }]);
  }, 120_000);

  it("an id-less accept on a pull request decides that pull request's event only", async () => {
    const { remote, clone, e7, e9 } = await twoFrozenPullRequests();
    await decide(
      clone,
      commentPayload({ body: '/driftgate accept reviewed', login: 'admin', issue: 9, pr: true }),
    );
    expect(decisions(remote).map((d) => d.event_id)).toEqual([e9]);
    // On the escalation issue the gate opened for PR 7's event, the decision goes to that event.
    const issue = api.issues.find((i) => i.body.includes(`<!-- driftgate:event:${e7} -->`))!;
    await decide(
      clone,
      commentPayload({
        body: '/driftgate investigate checking it',
        login: 'admin',
        issue: issue.number,
        issueAuthor: 'github-actions[bot]',
        issueBody: issue.body,
      }),
    );
    expect(decisions(remote).map((d) => d.event_id)).toEqual([e9, e7]);
  }, 150_000);

  it('an edited comment is not a decision (the editor is not the author)', async () => {
    const { remote, clone, e7 } = await twoFrozenPullRequests();
    const reactions = api.reactions.length;
    const sent = api.requests.length;
    const r = await decide(
      clone,
      commentPayload({
        body: `/driftgate accept ${e7} edited in`,
        login: 'admin',
        issue: 7,
        pr: true,
        action: 'edited',
      }),
    );
    expect(r.status).toBe(0);
    expect(decisions(remote)).toEqual([]);
    expect(api.reactions).toHaveLength(reactions);
    expect(api.requests.slice(sent)).toEqual([]);
  }, 120_000);

  it('a decision naming its event id is honoured wherever it is written', async () => {
    const { remote, clone, e7 } = await twoFrozenPullRequests();
    await decide(
      clone,
      commentPayload({ body: `/driftgate accept ${e7} reviewed`, login: 'admin', issue: 50 }),
    );
    expect(decisions(remote).map((d) => d.event_id)).toEqual([e7]);
  }, 120_000);
});
