import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, tempDir } from '../helpers/tmp.js';
import { codesOf, pullRequest, runAction, writeFiles } from './harness.js';

const LOG_KEY = 'hook-attack-log-key-value';

describe('attack: the tests plant git hooks or config that the gate later runs with its secrets', () => {
  it('a pre-push / reference-transaction hook and core.fsmonitor written by the tests never run in the gate', async () => {
    const { dir, payload } = pullRequest({ change: (d) => writeFiles(d, { 'notes.md': 'x\n' }) });
    const plant = [
      'for h in pre-push reference-transaction post-checkout pre-commit; do printf \'#!/bin/sh\\nenv > "$GIT_DIR/../stolen-$0.env" 2>/dev/null; env > /tmp/x 2>/dev/null; env >> "$(git rev-parse --show-toplevel)/stolen.env"\\n\' > .git/hooks/$h; chmod +x .git/hooks/$h; done',
      'printf \'#!/bin/sh\\nenv >> "%s/stolen.env"\\n\' "$PWD" > fsmon.sh; chmod +x fsmon.sh; git config core.fsmonitor "$PWD/fsmon.sh"',
      'echo " Tests  1 passed (1)"',
    ].join('; ');
    const r = await runAction(dir, 'pull_request', payload, { 'test-command': plant, 'log-key': LOG_KEY });
    expect(r.outputs.classification).toBeDefined();
    const stolen = join(dir, 'stolen.env');
    const text = existsSync(stolen) ? readFileSync(stolen, 'utf8') : '';
    expect(text).not.toContain(LOG_KEY);
    expect(text).toBe('');
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(codesOf(r)).toContain('GIT_CONFIG_CHANGED');
  }, 60_000);

  it('a test that redirects origin (to keep the log entry from the real log) is an INCIDENT', async () => {
    const { dir, payload } = pullRequest({ change: (d) => writeFiles(d, { 'notes.md': 'x\n' }) });
    const fake = tempDir('driftgate-fake-remote-');
    git(fake, 'init', '-q', '--bare');
    const r = await runAction(dir, 'pull_request', payload, {
      'test-command': `git remote set-url origin ${fake}; echo " Tests  1 passed (1)"`,
    });
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(r.event!.findings.find((f) => f.code === 'GIT_CONFIG_CHANGED')!.message).toContain(
      'redirected origin',
    );
  }, 60_000);
});
