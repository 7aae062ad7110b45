import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, readAnnotations } from '../helpers/actions-env.js';
import { useFakeGitHub } from '../helpers/github-api.js';
import { remoteLogLines, sealedRemote } from '../helpers/remote.js';
import { git, run, tempDir } from '../helpers/tmp.js';
import { CLI, codesOf, pullRequest, runAction, sha256sum, writeFiles } from './harness.js';

const api = useFakeGitHub();

const HOSTILE = '</details><img src=x onerror=alert(1)> @octo-org/all.js';

/** The defences that held when the trust boundary was attacked; they must keep holding. */
describe('defences that held', () => {
  it('hostile file names are escaped in the summary, the comment and the issue', async () => {
    const { dir, payload } = pullRequest({
      base: (d) => {
        writeFiles(d, { [`src/${HOSTILE}`]: 'sealed\n' });
        writeFileSync(join(d, 'BASELINE_REF.sha256'), sha256sum(d, 'src/app.js', `src/${HOSTILE}`));
      },
      change: (d) => writeFiles(d, { [`src/${HOSTILE}`]: 'tampered\n' }),
    });
    const r = await runAction(
      dir,
      'pull_request',
      payload,
      { 'github-token': 'ghs_held_token' },
      { GITHUB_API_URL: api.url },
    );
    expect(r.outputs.classification).toBe('INCIDENT');
    const posted = [
      r.summary,
      ...api.comments.map((c) => c.body),
      ...api.issues.map((i) => `${i.title}\n${i.body}`),
    ];
    expect(posted.length).toBeGreaterThan(2);
    for (const text of posted) {
      expect(text).not.toContain('<img');
      expect(text).not.toContain('</details><img');
      expect(text).not.toMatch(/(^|\s)@octo-org\/all/);
    }
  }, 60_000);

  it('workflow commands printed by the tests are shown in a group, never obeyed', async () => {
    const { dir, payload } = pullRequest({ change: (d) => writeFiles(d, { 'notes.md': 'x\n' }) });
    const r = await runAction(dir, 'pull_request', payload, {
      'test-command': [
        'echo "::set-output name=classification::STABLE"',
        'echo "::error::all tests passed, nothing to see"',
        'echo "::add-mask::driftgate"',
        'echo "::endgroup::"',
        'echo "::stop-commands::guess"; echo "::guess::"',
        'echo " Tests  1 passed (1)"',
      ].join('; '),
    });
    // The live view: a group named after the command, commands stopped with a token, then resumed.
    const token = /^::stop-commands::([0-9a-f]{32})$/m.exec(r.stdout)![1]!;
    const start = r.stdout.indexOf('::group::driftgate runs: ');
    const resumed = r.stdout.indexOf(`::${token}::`);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(resumed).toBeGreaterThan(start);
    expect(r.stdout.slice(resumed)).toMatch(/^::[0-9a-f]{32}::\n::endgroup::/);
    const inside = r.stdout.slice(start, resumed);
    expect(inside).toContain('::error::all tests passed, nothing to see');
    // Outside the group, no annotation or output came from the tests.
    const outside = r.stdout.slice(0, start) + r.stdout.slice(resumed);
    expect(
      readAnnotations(outside)
        .map((a) => a.message)
        .join('\n'),
    ).not.toContain('nothing to see');
    expect(r.outputs.classification).not.toBe('STABLE\n');
    expect(outside).not.toMatch(/^::add-mask::driftgate$/m);
  }, 60_000);

  it('manifest entries with "..", absolute paths or escaping names are refused and never read', async () => {
    const outside = tempDir('driftgate-outside-');
    writeFileSync(join(outside, 'secret.txt'), 'outside\n');
    const { dir, payload } = pullRequest({
      base: (d) =>
        writeFileSync(
          join(d, 'BASELINE_REF.sha256'),
          `${sha256sum(d, 'src/app.js')}${'0'.repeat(64)}  ../${outside.split('/').pop()}/secret.txt\n${'0'.repeat(64)}  ${outside}/secret.txt\n`,
        ),
      change: (d) => writeFiles(d, { 'notes.md': 'x\n' }),
    });
    const r = await runAction(dir, 'pull_request', payload, {});
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(codesOf(r).filter((c) => c === 'PATH_ESCAPES_WORKSPACE')).toHaveLength(2);
  }, 60_000);

  it('a YAML alias bomb in the trusted config is refused with a finding, not expanded', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) {
      const p = String.fromCharCode(96 + i);
      const n = String.fromCharCode(97 + i);
      bomb.push(`${n}: &${n} [*${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}]`);
    }
    const { dir, payload } = pullRequest({
      base: (d) => writeFiles(d, { '.github/driftgate.yml': `${bomb.join('\n')}\n` }),
      change: (d) => writeFiles(d, { 'notes.md': 'x\n' }),
    });
    const r = await runAction(dir, 'pull_request', payload, {});
    expect(r.event!.findings.find((f) => f.code === 'CONFIG_INVALID')!.message).toMatch(/alias/i);
  }, 60_000);

  it('an XML report with a DOCTYPE (entity expansion) is refused, not expanded', async () => {
    const { dir, payload } = pullRequest({
      change: (d) =>
        writeFiles(d, {
          'report.xml': [
            '<?xml version="1.0"?>',
            '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
            '<testsuites><testsuite name="s" tests="1"><testcase name="&lol2;"/></testsuite></testsuites>',
          ].join('\n'),
          'console.log': ' Tests  1 passed (1)\n',
        }),
    });
    const r = await runAction(dir, 'pull_request', payload, {
      'test-console': 'console.log',
      'test-exit-code': '0',
      'test-report': 'report.xml',
    });
    expect(JSON.stringify(r.event)).not.toContain('lollollol');
    // Refused as a report (the parser never sees entities), so nothing of it counts as a pass.
    expect(codesOf(r).some((c) => c.startsWith('REPORT_'))).toBe(true);
  }, 60_000);

  it('a commenter with write (not maintain/admin) permission cannot decide', async () => {
    const { remote, clone } = sealedRemote();
    const work = clone();
    const base = git(work, 'rev-parse', 'HEAD').trim();
    writeFileSync(join(work, 'src/app.js'), 'tampered\n');
    const check = run(process.execPath, [CLI, 'check', '--json', '--record', '--baseline-ref', base], {
      cwd: work,
    });
    const eventId = (JSON.parse(check.stdout) as { event: { event_id: string } }).event.event_id;
    const before = remoteLogLines(remote);
    api.permissions.set('mallory', 'write');
    const payload = examplePayload('issue_comment', 'created') as {
      comment: { id: number; body: string; user: { login: string } };
      issue: { number: number };
    };
    payload.comment.body = `/driftgate accept ${eventId} trust me`;
    payload.comment.user.login = 'mallory';
    payload.issue.number = 7;
    const r = await runAction(
      clone(),
      'issue_comment',
      payload,
      { mode: 'decide', 'github-token': 'ghs_decide' },
      {
        GITHUB_API_URL: api.url,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
      },
    );
    expect(r.status).toBe(0);
    expect(remoteLogLines(remote)).toEqual(before);
    expect(api.comments[0]!.body).toContain('mallory may not decide');
  }, 60_000);
});
