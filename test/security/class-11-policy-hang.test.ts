import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { commitAll, gitRepo, tempDir } from '../helpers/tmp.js';

const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
/** A backstop so a regression fails the test instead of hanging the suite; not a speed assertion. */
const KILL_AFTER_MS = 120_000;

/** The 142-byte policy of the report: `*a` × 24 then `*b`, beside a rule of 50 `a`s. */
const EVIL = `${'*a'.repeat(24)}*b`;
const A50 = 'a'.repeat(50);

function hostileRepo() {
  const dir = gitRepo();
  mkdirSync(join(dir, 'governance/policies'), { recursive: true });
  mkdirSync(join(dir, 'governance/traces'), { recursive: true });
  writeFileSync(join(dir, 'governance/policies/agent.yml'), 'version: 1\ncommands: []\n');
  const base = commitAll(dir, 'empty policy');
  writeFileSync(
    join(dir, 'governance/policies/agent.yml'),
    [
      'version: 1',
      'commands:',
      `  - pattern: "${A50}"`,
      '    mode: allow',
      `  - pattern: "${EVIL}"`,
      '    mode: deny',
      // The same shape as a glob and as regexes a backtracking engine explodes on.
      `  - pattern: "/^(a+)+b$/"`,
      '    mode: deny',
      `  - pattern: "/(a|aa)*c/"`,
      '    mode: review',
      'fileWrites:',
      `  - pattern: "**/${EVIL}"`,
      '    mode: deny',
      '',
    ].join('\n'),
  );
  const line = (target: string, action = 'run-command') =>
    JSON.stringify({ ts: '2026-11-01T00:00:00Z', request: { action, target }, decision: 'allow' });
  writeFileSync(
    join(dir, 'governance/traces/agent.ndjson'),
    `${[line(A50), line('a'.repeat(4000)), line(`${'a'.repeat(4000)}b`), line(`x/${'a/'.repeat(1000)}${A50}`, 'write-file')].join('\n')}\n`,
  );
  const head = commitAll(dir, 'hostile policy');
  return { dir, base, head };
}

describe('class 11: a policy built to make matching backtrack cannot hang the gate', () => {
  it('through the Action, the run finishes and classifies the policy change', () => {
    const { dir, base, head } = hostileRepo();
    const payload = examplePayload('push') as { before: string; after: string };
    Object.assign(payload, { before: base, after: head });
    const files = tempDir();
    const r = spawnSync(process.execPath, [ACTION], {
      env: {
        ...runnerEnv(files, dir, 'push', payload, { 'log-branch': '.' }),
        GITHUB_REF: 'refs/heads/main',
      },
      encoding: 'utf8',
      timeout: KILL_AFTER_MS,
    });
    expect(r.signal).toBeNull();
    expect(r.stdout).not.toContain('could not run');
    const outputs = readOutputs(files);
    // The loosened decision of the traced 50-`a` command is judged, as for any policy.
    expect(outputs.classification).toBe('PRODUCT_DRIFT');
    const event = JSON.parse(readFileSync(join(dir, outputs.report!), 'utf8')) as {
      findings: Array<{ code: string; message: string }>;
    };
    // Every hostile request was decided: the 50 `a`s loosened by their rule, 4000 `a`s and a `b` denied.
    expect(event.findings.find((f) => f.code === 'POLICY_DECISIONS_FLIPPED')!.message).toMatch(
      /^2 of 4 traced decisions flip under head \(1 loosened, 1 tightened\)/,
    );
  });

  it('through the CLI, replay decides every hostile request; an oversized pattern is a finding naming it', () => {
    const { dir, base } = hostileRepo();
    const huge = `${'*a'.repeat(600)}*b`;
    writeFileSync(
      join(dir, 'governance/policies/huge.yml'),
      `version: 1\ncommands:\n  - pattern: "${huge}"\n    mode: deny\n  - pattern: "/(a/"\n    mode: deny\n`,
    );
    const r = spawnSync(process.execPath, [CLI, 'policy', 'replay', '--base', base, '--json'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: KILL_AFTER_MS,
    });
    expect(r.signal).toBeNull();
    expect(r.stderr).not.toContain('could not run');
    const out = JSON.parse(r.stdout) as {
      lines: number;
      findings: Array<{ code: string; message: string; classification: string }>;
    };
    expect(out.lines).toBe(4);
    expect(out.findings.filter((f) => f.code === 'POLICY_INVALID').map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^governance\/policies\/huge\.yml: commands\[0\]\.pattern: expected at most 1024 characters \(this one has 1202\), got "\*a\*a.*…; the file is left out of the comparison$/,
      ),
    ]);
  });
});
