import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload } from '../helpers/actions-env.js';
import { sealedRemote } from '../helpers/remote.js';
import { commitAll, git } from '../helpers/tmp.js';
import { codesOf, pullRequest, runAction, sha256sum, writeFiles } from './harness.js';

const HOSTILE_CONFIG = 'baseline: none\nsealed: ""\n';
const TAMPER = (dir: string) => writeFileSync(join(dir, 'src/app.js'), 'export const answer = 41;\n');

/** Attacks through other event types: each must reach the same trusted side as a pull request. */
describe('attack: other event types', () => {
  it('pull_request_target judges the change against the base like pull_request', async () => {
    const { dir, payload } = pullRequest({
      change: (d) => {
        TAMPER(d);
        writeFiles(d, { '.github/driftgate.yml': HOSTILE_CONFIG });
      },
    });
    const r = await runAction(dir, 'pull_request_target', payload, {});
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(codesOf(r)).toEqual(expect.arrayContaining(['SEALED_MODIFIED', 'CONFIG_CHANGED']));
  }, 60_000);

  it('workflow_dispatch on a hostile branch is judged against its merge-base, not its own config and seal', async () => {
    const { clone } = sealedRemote();
    const dir = clone();
    const main = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'checkout', '-q', '-b', 'hostile');
    TAMPER(dir);
    writeFileSync(join(dir, 'BASELINE_REF.sha256'), sha256sum(dir, 'src/app.js'));
    writeFiles(dir, { '.github/driftgate.yml': HOSTILE_CONFIG });
    commitAll(dir, 'resealed and reconfigured');
    git(dir, 'push', '-q', 'origin', 'hostile');
    const payload = examplePayload('workflow_dispatch') as Record<string, unknown> & {
      repository: { default_branch: string };
    };
    Object.assign(payload, { ref: 'refs/heads/hostile' });
    payload.repository.default_branch = 'main';
    const r = await runAction(
      dir,
      'workflow_dispatch',
      payload,
      {},
      { GITHUB_REF: 'refs/heads/hostile', GITHUB_REF_NAME: 'hostile' },
    );
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(r.event!.baseline.ref).toBe(main);
    expect(codesOf(r)).toEqual(expect.arrayContaining(['BASELINE_MODIFIED', 'CONFIG_CHANGED']));
  }, 60_000);

  it('merge_group judges the queued change against the queue base', async () => {
    const { dir, payload: pr } = pullRequest({
      change: (d) => {
        TAMPER(d);
        writeFiles(d, { '.github/driftgate.yml': HOSTILE_CONFIG });
      },
    });
    const payload = examplePayload('merge_group') as { merge_group: { base_sha: string; head_sha: string } };
    payload.merge_group.base_sha = pr.pull_request.base.sha;
    payload.merge_group.head_sha = pr.pull_request.head.sha;
    const r = await runAction(dir, 'merge_group', payload, {});
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(codesOf(r)).toContain('CONFIG_CHANGED');
  }, 60_000);

  it('a renamed config file (.yml → .yaml) is a removal of the trusted one, which still governs', async () => {
    const { dir, payload } = pullRequest({
      base: (d) => writeFiles(d, { '.github/driftgate.yml': 'protected-paths: docs/**\n' }),
      change: (d) => {
        git(d, 'mv', '.github/driftgate.yml', '.github/driftgate.yaml');
        writeFiles(d, { 'docs/a.md': 'x\n' });
      },
    });
    const r = await runAction(dir, 'pull_request', payload, {});
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(codesOf(r)).toEqual(expect.arrayContaining(['PROTECTED_PATH_WRITTEN', 'CONFIG_CHANGED']));
  }, 60_000);
});
