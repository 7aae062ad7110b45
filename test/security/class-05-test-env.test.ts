import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api.js';
import { computeChildEnv } from '../../src/adapters/shell-runner.js';
import { logBranchFiles, pullRequest, runAction, writeFiles } from './harness.js';

const LOG_KEY = 'log-key-0123456789-secret';
const TOKEN = `ghs_${'Ab1Cd2Ef3G'.repeat(4)}`;

/** What a runner gives a JavaScript action beyond the basics: tokens and service URLs. */
const RUNNER_SECRETS = {
  GITHUB_TOKEN: TOKEN,
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-value-123',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-request-value-123',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc',
  ACTIONS_CACHE_URL: 'https://cache.actions.example/',
  ACTIONS_RESULTS_URL: 'https://results.actions.example/',
  GITHUB_PATH: '/tmp/does-not-matter-path',
  // A workflow that put the key in the step's env under another name, and an odd-case input name.
  MY_SIGNING_KEY: LOG_KEY,
  'input_Log-Key': LOG_KEY,
};

/** A "test" that reports everything it can reach: environment, stdin, process group, command files. */
const SPY = [
  "node -e \"require('fs').writeFileSync('spy-env.json', JSON.stringify(process.env))\"",
  'echo "stdin=[$(cat)]" > spy-stdin.txt',
  'echo "pid=$$ pgid=$(ps -o pgid= -p $$ | tr -d \' \')" > spy-group.txt',
  'echo "classification=STABLE" >> "$GITHUB_OUTPUT" 2>/dev/null; echo "LEAK=1" >> "$GITHUB_ENV" 2>/dev/null',
  "node -e \"console.log(Buffer.from(process.env['INPUT_LOG-KEY'] || 'none').toString('hex'))\"",
  'echo "1 passed"',
].join('; ');

let api: FakeGitHub;
beforeEach(async () => {
  api = await startFakeGitHub();
});
afterEach(async () => {
  await api.close();
});

describe('class 5: the tests see the gate’s secrets', () => {
  it('test command and invariants run without INPUT_*, tokens, command files or the log key; stdin closed; own group', async () => {
    const { dir, payload, remote } = pullRequest({
      change: (d) => writeFiles(d, { 'notes.md': 'x\n' }),
    });
    const r = await runAction(
      dir,
      'pull_request',
      payload,
      {
        'test-command': SPY,
        invariants: `INV-SPY: node -e "require('fs').writeFileSync('inv-env.json', JSON.stringify(process.env))"`,
        'log-key': LOG_KEY,
        'github-token': TOKEN,
      },
      { ...RUNNER_SECRETS, GITHUB_API_URL: api.url },
    );
    expect(r.outputs.classification).toBeDefined();
    for (const file of ['spy-env.json', 'inv-env.json']) {
      const env = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
      const names = Object.keys(env);
      expect(names.filter((n) => /^(input_|actions_)/i.test(n))).toEqual([]);
      for (const n of [
        'GITHUB_TOKEN',
        'GITHUB_ENV',
        'GITHUB_OUTPUT',
        'GITHUB_PATH',
        'GITHUB_STATE',
        'GITHUB_STEP_SUMMARY',
      ])
        expect(names).not.toContain(n);
      expect(JSON.stringify(env)).not.toContain(LOG_KEY);
      expect(JSON.stringify(env)).not.toContain(TOKEN);
      // What the tests need still reaches them.
      expect(env.PATH).toBe(process.env.PATH);
      expect(env.GITHUB_WORKSPACE).toBe(dir);
    }
    expect(readFileSync(join(dir, 'spy-stdin.txt'), 'utf8')).toBe('stdin=[]\n');
    const group = /pid=(\d+) pgid=(\d+)/.exec(readFileSync(join(dir, 'spy-group.txt'), 'utf8'))!;
    expect(group[1]).toBe(group[2]);
    // The command files were out of reach: the outputs are the gate's.
    expect(readFileSync(join(r.files, 'output'), 'utf8')).not.toMatch(/^classification=STABLE$/m);
    expect(readFileSync(join(r.files, 'env'), 'utf8')).toBe('');
    const hexKey = Buffer.from(LOG_KEY).toString('hex');
    for (const [, content] of logBranchFiles(remote)) expect(content).not.toContain(hexKey);
    expect(r.stdout).not.toContain(hexKey);
  }, 60_000);

  it('computeChildEnv strips by name in any case and by value', () => {
    const env = computeChildEnv(
      {
        PATH: '/bin',
        'INPUT_GITHUB-TOKEN': 't',
        input_x: 'y',
        Actions_Runtime_Token: 'z',
        OTHER: 'has s3cr3t-v inside',
        github_output: 'f',
        KEEP: 'ok',
      },
      ['s3cr3t-v'],
    );
    expect(env).toEqual({ PATH: '/bin', KEEP: 'ok' });
  });
});
