import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/core/event.js';
import { useFakeGitHub } from '../helpers/github-api.js';
import { pullRequest, pushToMain, runAction, tamper, touchReadme } from '../helpers/gate-run.js';
import { LOG_BRANCH, LOG_PATH, remoteLogLines, sealedRemote } from '../helpers/remote.js';
import { commitAll, git } from '../helpers/tmp.js';

/**
 * Class 3: a rewound log lifts a freeze. Every line a run relies on is verified, and the gate's own
 * open escalation issues witness the events a rewind would erase.
 */
const api = useFakeGitHub();

const posted = () => [
  ...api.comments.map((c) => c.body),
  ...api.requests.filter((r) => r.route.endsWith('/issues')).map((r) => JSON.stringify(r.body)),
];

describe('class 3: a rewound log', () => {
  it('a log branch force-pushed back past an INCIDENT is an INCIDENT on the next run, and the freeze is not lifted', async () => {
    const { remote, clone } = sealedRemote();
    const first = pushToMain(clone, touchReadme);
    expect(
      (await runAction(api, first.dir, 'push', first.payload, {}, first.env)).outputs.classification,
    ).toBe('STABLE');
    const beforeIncident = git(remote, 'rev-parse', LOG_BRANCH).trim();
    const incident = pushToMain(clone, tamper);
    const frozen = await runAction(api, incident.dir, 'push', incident.payload, {}, incident.env);
    expect(frozen.outputs.classification).toBe('INCIDENT');
    expect(api.issues).toHaveLength(1);
    // Someone with push rights resets the log branch to before the INCIDENT.
    const attacker = clone();
    git(attacker, 'push', '-q', '--force', 'origin', `${beforeIncident}:refs/heads/${LOG_BRANCH}`);
    expect(remoteLogLines(remote).join('\n')).not.toContain(frozen.outputs['event-id']!);
    const pr = pullRequest(clone, { number: 8, branch: 'innocent', change: touchReadme });
    const next = await runAction(api, pr.dir, 'pull_request', pr.payload, {}, pr.env);
    expect(next.status).toBe(1);
    expect(next.outputs.classification).toBe('INCIDENT');
    const event = JSON.parse(readFileSync(join(pr.dir, next.outputs.report!), 'utf8')) as {
      findings: Array<{ code: string; message: string }>;
    };
    const rewound = event.findings.find((f) => f.code === 'LOG_REWOUND');
    expect(rewound?.message).toContain(frozen.outputs['event-id']!);
    expect(rewound?.message).toContain(`issue #${api.issues[0]!.number}`);
  }, 120_000);

  it('a deleted log branch is a rewind too', async () => {
    const { clone } = sealedRemote();
    const incident = pushToMain(clone, tamper);
    await runAction(api, incident.dir, 'push', incident.payload, {}, incident.env);
    git(clone(), 'push', '-q', 'origin', `:refs/heads/${LOG_BRANCH}`);
    const after = pushToMain(clone, touchReadme);
    const r = await runAction(api, after.dir, 'push', after.payload, {}, after.env);
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(r.stdout).toContain('LOG_REWOUND');
  }, 120_000);

  it('a line slipped into the parent commit is verified: forged lines freeze nothing and reach no markdown raw', async () => {
    const { remote, clone } = sealedRemote();
    const key = { 'log-key': 'k1' };
    const first = pushToMain(clone, touchReadme);
    await runAction(api, first.dir, 'push', first.payload, key, first.env);
    // A well-chained line without the key's MAC, claiming a freeze of every ref, with hostile text.
    const d = clone();
    git(d, 'checkout', '-q', LOG_BRANCH);
    const last = remoteLogLines(remote).at(-1)!;
    const forged = canonicalJson({
      type: 'OBSERVATION',
      seq: remoteLogLines(remote).length,
      prev: sha256Hex(last),
      event_id: 'RTE_20261121_100000_0badf00d',
      timestamp: '2026-11-21T10:00:00.000Z',
      classification: 'INCIDENT',
      commit: 'f'.repeat(40),
      ref: '</details><img src=x onerror=alert(1)>',
      freezes_all: true,
      snapshot_id: null,
      frozen_by: null,
      manifest_sha256: null,
      observed_manifest_sha256: null,
      observed_runtime_baseline_sha256: null,
      run_url: null,
      findings: 1,
    });
    appendFileSync(join(d, LOG_PATH), `${forged}\n`);
    commitAll(d, 'slip a line in');
    git(d, 'push', '-q', 'origin', LOG_BRANCH);
    // A gate run appends on top: the forged line is now in the parent, not among the new lines.
    const second = pushToMain(clone, touchReadme);
    await runAction(api, second.dir, 'push', second.payload, key, second.env);
    const pr = pullRequest(clone, { number: 9, branch: 'other', change: touchReadme });
    const r = await runAction(api, pr.dir, 'pull_request', pr.payload, key, pr.env);
    expect(r.outputs.classification).toBe('INCIDENT');
    const event = JSON.parse(readFileSync(join(pr.dir, r.outputs.report!), 'utf8')) as {
      findings: Array<{ code: string; message: string }>;
      frozen_by: string | null;
    };
    const invalid = event.findings.find((f) => f.code === 'LOG_INVALID');
    expect(invalid?.message).toContain('no mac, but a log-key is set');
    // freezes_all from an unverified line is not honoured.
    expect(event.frozen_by).toBeNull();
    expect(event.findings.map((f) => f.code)).not.toContain('FROZEN');
    const all = posted().join('\n') + r.summary;
    expect(all).not.toContain('<img');
  }, 150_000);
});
