import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactBytes, redactDeep, redactSecrets } from '../../src/core/redact.js';
import { examplePayload } from '../helpers/actions-env.js';
import { useFakeGitHub } from '../helpers/github-api.js';
import { sealedRemote } from '../helpers/remote.js';
import { commitAll, git } from '../helpers/tmp.js';
import { logBranchFiles, runAction, writeFiles } from './harness.js';

const api = useFakeGitHub();

const GHP = `ghp_${'Qw3Er4Ty5U'.repeat(4)}`;
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9jdG8ifQ.c2lnbmF0dXJlLXZhbHVlLWhlcmU';
const BASIC = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46c2VjcmV0';
const LOG_KEY = 'the-log-key-value-42';

/** Everything under a folder, as text. */
function allText(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...allText(p));
    else out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

describe('class 8: secrets in reports are published', () => {
  it('a failing test named after a token: redacted in the issue title and body, event, console, report copies, summary and log branch', async () => {
    const { remote, clone } = sealedRemote();
    const dir = clone();
    const before = git(dir, 'rev-parse', 'HEAD').trim();
    writeFiles(dir, {
      'leak.test.mjs': [
        "import test from 'node:test';",
        `test('leak ${GHP}', () => { throw new Error('boom ${JWT}'); });`,
        "test('fine', () => {});",
        `console.log('${BASIC}');`,
        `console.log(Buffer.from('${LOG_KEY}').toString('hex'));`,
      ].join('\n'),
    });
    const after = commitAll(dir, 'a test that leaks');
    git(dir, 'push', '-q', 'origin', 'main');
    const payload = examplePayload('push') as Record<string, unknown> & {
      repository: { default_branch: string };
    };
    Object.assign(payload, { before, after, ref: 'refs/heads/main' });
    payload.repository.default_branch = 'main';
    const r = await runAction(
      dir,
      'push',
      payload,
      {
        'test-command':
          'node --test --test-reporter=tap --test-reporter-destination=report.tap --test-reporter=spec --test-reporter-destination=stdout leak.test.mjs',
        'test-report': 'report.tap',
        'github-token': 'ghs_redaction_test_token_value',
        'log-key': LOG_KEY,
      },
      { GITHUB_API_URL: api.url, GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' },
    );
    expect(r.outputs.classification).toBe('PRODUCT_DRIFT');
    const issue = api.requests.find((q) => q.method === 'POST' && q.route === '/repos/{owner}/{repo}/issues');
    expect(issue).toBeDefined();
    const event = JSON.stringify(r.event);
    expect(event).toContain('leak ***');
    const published = [
      JSON.stringify(api.requests.map((q) => q.body ?? null)),
      event,
      r.summary,
      // ::add-mask:: is the runner's own masking command, consumed by the runner and never shown.
      r.stdout.replace(/^::add-mask::.*$/gm, ''),
      ...allText(join(dir, 'governance/runtime')),
      ...logBranchFiles(remote).values(),
    ];
    const hexKey = Buffer.from(LOG_KEY).toString('hex');
    for (const [i, text] of published.entries()) {
      for (const secret of [GHP, JWT, 'eC1hY2Nlc3MtdG9rZW46c2VjcmV0', hexKey, LOG_KEY])
        expect(text, `published text ${i}`).not.toContain(secret);
    }
    // The report copies in the snapshot are kept, redacted.
    const copies = [...logBranchFiles(remote)].filter(([p]) => p.endsWith('/reports/report.tap'));
    expect(copies).toHaveLength(1);
    expect(copies[0]![1]).toContain('not ok 1 - leak ***');
  }, 90_000);

  it('redaction covers encodings of known secrets, JWTs, PEM keys, URL passwords, JSON keys and UTF-8 bytes', () => {
    const key = 'k3y-value-xyz';
    const text = [
      Buffer.from(key).toString('hex'),
      Buffer.from(key).toString('base64'),
      'https://user:hunter22@example.com/x',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----',
    ].join('\n');
    const out = redactSecrets(text, [key]);
    expect(out).not.toContain(Buffer.from(key).toString('hex'));
    expect(out).not.toContain(Buffer.from(key).toString('base64'));
    expect(out).not.toContain('hunter22');
    expect(out).not.toContain('MIIEabc');
    expect(redactDeep({ [`t ${GHP}`]: [GHP] })).toEqual({ 't ***': ['***'] });
    expect(new TextDecoder().decode(redactBytes(new TextEncoder().encode(GHP)))).toBe('***');
    const binary = new Uint8Array([0xff, 0xfe, 0x00]);
    expect(redactBytes(binary)).toBe(binary);
  });
});
