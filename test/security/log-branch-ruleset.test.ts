import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFakeGitHub, PROTECTED_RULES } from '../helpers/github-api.js';
import { pushToMain, runAction, touchReadme } from '../helpers/gate-run.js';
import { LOG_BRANCH, sealedRemote } from '../helpers/remote.js';

/**
 * The log branch must block force pushes and deletion (a repository ruleset); the gate reads the
 * branch's rules through the repository rules API and warns, with the fix, when it does not.
 */
const api = useFakeGitHub();

type Event = { findings: Array<{ code: string; classification: string; message: string }> };

describe('the log branch ruleset', () => {
  it('an unprotected log branch is TOOLING_DRIFT naming the missing rules and the fix; the job passes', async () => {
    api.branchRules.set(LOG_BRANCH, ['non_fast_forward']);
    const { clone } = sealedRemote();
    const push = pushToMain(clone, touchReadme);
    const r = await runAction(api, push.dir, 'push', push.payload, {}, push.env);
    expect(r.outputs.classification).toBe('TOOLING_DRIFT');
    expect(r.status).toBe(0);
    const event = JSON.parse(readFileSync(join(push.dir, r.outputs.report!), 'utf8')) as Event;
    const finding = event.findings.find((f) => f.code === 'LOG_BRANCH_UNPROTECTED')!;
    expect(finding.classification).toBe('TOOLING_DRIFT');
    expect(finding.message).toContain('does not block deletion');
    expect(finding.message).toContain(`refs/heads/${LOG_BRANCH}`);
    expect(finding.message).toContain('Restrict deletions');
    expect(
      api.requests.filter((q) => q.route === '/repos/{owner}/{repo}/rules/branches/{branch}').length,
    ).toBeGreaterThan(0);
  }, 60_000);

  it('a log branch with both rules gives no finding', async () => {
    api.branchRules.set(LOG_BRANCH, PROTECTED_RULES);
    const { clone } = sealedRemote();
    const push = pushToMain(clone, touchReadme);
    const r = await runAction(api, push.dir, 'push', push.payload, {}, push.env);
    expect(r.outputs.classification).toBe('STABLE');
  }, 60_000);
});
