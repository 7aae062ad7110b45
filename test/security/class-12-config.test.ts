import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../helpers/github-api.js';
import { remoteLogLines } from '../helpers/remote.js';
import { codesOf, pullRequest, runAction, writeFiles } from './harness.js';

const api = useFakeGitHub();

const TAMPER = (dir: string) => writeFileSync(join(dir, 'src/app.js'), 'export const answer = 41;\n');
const inputs = { 'github-token': 'ghs_config_test_token', architects: 'alice' };

/** Config files a hostile change may carry. */
const HOSTILE_CONFIGS: Array<[string, string]> = [
  ['a bad value', 'fail-on: TOOLNG_DRIFT\ntest-timeout: -1\n'],
  ['broken YAML', 'sealed: [unclosed\n'],
  [
    'a YAML alias bomb',
    `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`).join('\n')}\n`,
  ],
  ['deep nesting', `sealed: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`],
  ['a huge file', `# ${'x'.repeat(400_000)}\nsealed: src/**\n`],
  ['a secret', 'log-key: committed-secret-value\n'],
  ['an unknown key', 'seald: src/**\n'],
  ['a list where text is expected', 'test-command: [a, b]\n'],
  ['not UTF-8', '\xff\xfe sealed: x\n'],
];

describe('class 12 (config): a malformed config in the change is a finding, not an abort', () => {
  it.each(HOSTILE_CONFIGS)(
    'tampered sealed file + config with %s: INCIDENT recorded, escalated and given a status',
    async (_label, config) => {
      const { dir, payload, remote, head } = pullRequest({
        change: (d) => {
          TAMPER(d);
          writeFiles(d, { '.github/driftgate.yml': '' });
          writeFileSync(join(d, '.github/driftgate.yml'), Buffer.from(config, 'latin1'));
        },
      });
      const r = await runAction(dir, 'pull_request', payload, inputs, { GITHUB_API_URL: api.url });
      expect(r.stdout).not.toContain('could not run');
      expect(r.status).toBe(1);
      expect(r.outputs.classification).toBe('INCIDENT');
      expect(codesOf(r)).toEqual(expect.arrayContaining(['SEALED_MODIFIED', 'CONFIG_CHANGED']));
      // Recorded on the log branch, escalated, and the head commit has its status.
      expect(remoteLogLines(remote).some((l) => l.includes(r.outputs['event-id']!))).toBe(true);
      expect(api.issues.length).toBe(1);
      expect(api.statuses.map((s) => [s.sha, s.state])).toEqual([[head, 'failure']]);
      expect(JSON.stringify(r.event)).not.toContain('committed-secret-value');
    },
    60_000,
  );

  it('a config that is a symlink or a FIFO in the change is refused without blocking', async () => {
    const { dir, payload } = pullRequest({
      change: (d) => {
        TAMPER(d);
        writeFiles(d, { '.github/.keep': '' });
        symlinkSync('/etc/passwd', join(d, '.github/driftgate.yml'));
      },
    });
    const r = await runAction(dir, 'pull_request', payload, {});
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(r.event!.findings.find((f) => f.code === 'CONFIG_INVALID')!.message).toContain('symbolic link');
    expect(JSON.stringify(r.event)).not.toContain('root:x:0');

    const fifo = pullRequest({ change: (d) => writeFiles(d, { '.github/.keep': '' }) });
    execFileSync('mkfifo', [join(fifo.dir, '.github/driftgate.yml')]);
    const f = await runAction(fifo.dir, 'pull_request', fifo.payload, {});
    expect(f.outputs.classification).toBe('PRODUCT_DRIFT');
    expect(f.event!.findings.find((x) => x.code === 'CONFIG_INVALID')!.message).toContain(
      'not a regular file',
    );
  }, 60_000);

  it('a malformed trusted config drops the bad key with a finding and keeps the rest', async () => {
    const { dir, payload } = pullRequest({
      base: (d) => writeFiles(d, { '.github/driftgate.yml': 'fail-on: NOPE\nprotected-paths: docs/**\n' }),
      change: (d) => writeFiles(d, { 'docs/a.md': 'x\n' }),
    });
    const r = await runAction(dir, 'pull_request', payload, {});
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(codesOf(r)).toEqual(expect.arrayContaining(['CONFIG_INVALID', 'PROTECTED_PATH_WRITTEN']));
  }, 60_000);
});
