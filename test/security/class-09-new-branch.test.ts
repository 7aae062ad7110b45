import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload } from '../helpers/actions-env.js';
import { sealedRemote } from '../helpers/remote.js';
import { commitAll, git, tempDir } from '../helpers/tmp.js';
import { codesOf, runAction, sha256sum } from './harness.js';

/** A push payload for a branch that did not exist before (`before` = 40 zeros). */
function creatingPush(after: string, branch: string) {
  const payload = examplePayload('push') as Record<string, unknown> & {
    repository: { default_branch: string };
  };
  Object.assign(payload, { before: '0'.repeat(40), after, ref: `refs/heads/${branch}`, created: true });
  payload.repository.default_branch = 'main';
  return payload;
}

/** Tampers the sealed file and re-seals the manifest so the tree is self-consistent. */
function tamperAndReseal(dir: string): string {
  writeFileSync(join(dir, 'src/app.js'), 'export const answer = 41;\n');
  writeFileSync(join(dir, 'BASELINE_REF.sha256'), sha256sum(dir, 'src/app.js'));
  return commitAll(dir, 'resealed');
}

const env = (branch: string) => ({ GITHUB_REF: `refs/heads/${branch}`, GITHUB_REF_NAME: branch });

describe('class 9: a push that creates a branch has no baseline', () => {
  it('is judged against its merge-base with the default branch: a re-sealed manifest is BASELINE_MODIFIED', async () => {
    const { clone } = sealedRemote();
    const dir = clone();
    const main = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'checkout', '-q', '-b', 'feature');
    const after = tamperAndReseal(dir);
    git(dir, 'push', '-q', 'origin', 'feature');
    const r = await runAction(dir, 'push', creatingPush(after, 'feature'), {}, env('feature'));
    expect(r.status).toBe(1);
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(codesOf(r)).toContain('BASELINE_MODIFIED');
    expect(r.event!.baseline.ref).toBe(main);
  }, 60_000);

  it('also from a shallow clone (actions/checkout depth 1): the history is fetched to find the merge-base', async () => {
    const { remote, clone } = sealedRemote();
    const work = clone();
    const main = git(work, 'rev-parse', 'HEAD').trim();
    git(work, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(work, 'notes.md'), 'one\n');
    commitAll(work, 'one');
    const after = tamperAndReseal(work);
    git(work, 'push', '-q', 'origin', 'feature');
    const dir = tempDir('driftgate-shallow-');
    git(dir, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${remote}`, '.');
    const r = await runAction(dir, 'push', creatingPush(after, 'feature'), {}, env('feature'));
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(r.event!.baseline.ref).toBe(main);
  }, 60_000);

  it('an orphan branch with no common history is judged against the default branch’s tip', async () => {
    const { clone } = sealedRemote();
    const dir = clone();
    const main = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'checkout', '-q', '--orphan', 'island');
    const after = tamperAndReseal(dir);
    git(dir, 'push', '-q', 'origin', 'island');
    const r = await runAction(dir, 'push', creatingPush(after, 'island'), {}, env('island'));
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(r.event!.baseline.ref).toBe(main);
  }, 60_000);
});
