import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { useFakeGitHub } from '../helpers/github-api.js';
import { remoteLogLines, sealedRemote } from '../helpers/remote.js';
import { commitAll, git, tempDir } from '../helpers/tmp.js';

const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;

const api = useFakeGitHub();

function action(dir: string, payload: unknown) {
  const files = tempDir();
  const env = {
    ...runnerEnv(files, dir, 'push', payload, { 'github-token': 'ghs_class12', architects: 'alice' }),
    GITHUB_API_URL: api.url,
    GITHUB_REF: 'refs/heads/main',
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

describe('class 12: a malformed policy or trace in the change never suppresses the record', () => {
  it('a tampered sealed file plus a malformed policy and trace is an INCIDENT: logged, escalated, the job fails', async () => {
    const { remote, clone } = sealedRemote();
    const dir = clone();
    const base = git(dir, 'rev-parse', 'HEAD').trim();
    // The hostile change: the sealed file edited, a policy that does not load, a trace line that is not one.
    writeFileSync(join(dir, 'src/app.js'), 'export const answer = 41;\n');
    mkdirSync(join(dir, 'governance/policies'), { recursive: true });
    mkdirSync(join(dir, 'governance/traces'), { recursive: true });
    writeFileSync(
      join(dir, 'governance/policies/agent.yml'),
      'version: 1\ncommands:\n  - pattern: "rm *"\n    mode: alow\n  - pattern: [unclosed\n',
    );
    writeFileSync(
      join(dir, 'governance/policies/other.json'),
      '{"version": 1, "commands": [{"pattern": "git *", "mode": "allow", "priority": "high"}]}',
    );
    writeFileSync(join(dir, 'governance/traces/agent.ndjson'), '{"ts": "yesterday", "request": 1}\n{oops\n');
    const head = commitAll(dir, 'hostile change');
    const payload = examplePayload('push') as { before: string; after: string; ref: string };
    Object.assign(payload, { before: base, after: head, ref: 'refs/heads/main' });

    const r = await action(dir, payload);
    expect(r.stdout).not.toContain('could not run');
    expect(r.status).toBe(1);
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(r.outputs['event-id']).toMatch(/^RTE_\d{8}_\d{6}_[0-9a-f]{8}$/);

    // Logged: the observation is on the remote's log branch.
    const lines = remoteLogLines(remote).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-1)).toMatchObject({
      type: 'OBSERVATION',
      classification: 'INCIDENT',
      event_id: r.outputs['event-id'],
    });
    // Escalated: the incident issue names the sealed file and the event.
    const issue = api.issues.find((i) => i.labels.includes('driftgate:incident'))!;
    expect(issue.title).toContain('src/app.js');
    expect(issue.body).toContain(r.outputs['event-id']);

    // The bad policies and trace lines are findings naming file and place.
    const event = JSON.parse(readFileSync(join(dir, r.outputs.report!), 'utf8')) as {
      findings: Array<{ code: string; message: string; classification: string }>;
    };
    const messages = (code: string) => event.findings.filter((f) => f.code === code).map((f) => f.message);
    expect(messages('SEALED_MODIFIED').join('\n')).toContain('src/app.js');
    expect(messages('POLICY_INVALID')).toEqual([
      expect.stringMatching(/^governance\/policies\/agent\.yml:\d+:\d+: invalid YAML/),
      'governance/policies/other.json: commands[0].priority: Invalid input: expected number, received string, got "high"; the file is left out of the comparison',
    ]);
    expect(messages('TRACE_INVALID')).toEqual([
      expect.stringMatching(/^governance\/traces\/agent\.ndjson:1: ts: expected an ISO 8601 time/),
      expect.stringMatching(/^governance\/traces\/agent\.ndjson:2: not JSON/),
    ]);
  }, 60_000);
});
