import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { EXPECTED } from '../helpers/expected.js';
import { FIXTURES, readFixture } from '../helpers/fixtures.js';
import { commitAll, gitRepo, runnerRepo, RUNNER_PATH, tempDir } from '../helpers/tmp.js';
// @ts-expect-error: plain .mjs data shared with scripts/fixtures.mjs
import { CASES as CASES_UNTYPED } from '../fixtures/cases.mjs';

interface Case {
  name: string;
  family: string;
  expected: string;
  outside?: boolean;
  user?: string;
  nodeBinary?: string;
  project?: string;
  command?: string;
  reports?: string[];
  env?: Record<string, string>;
  prepare?: (dir: string) => void;
  from?: string;
}
const CASES = CASES_UNTYPED as Case[];
const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const RUNNERS = new URL('../fixtures/runners/', import.meta.url).pathname;
/** These reach the npm registry; they are replayed from their recording only. */
const NEEDS_REGISTRY = new Set(['npm-integrity', 'npm-out-of-sync']);

type Out = { classification: string; event: { findings: Array<{ code: string; classification: string }> } };
const codesOf = (out: Out) =>
  [...new Set(out.event.findings.filter((f) => f.classification !== 'STABLE').map((f) => f.code))].sort();

/** The exit status a CI step shows for a signal: 128 + its number. */
const exitOf = (code: number | null, signal: string | null) =>
  code ?? 128 + (constants.signals[signal as keyof typeof constants.signals] ?? 0);

function runAction(workspace: string, inputs: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}) {
  const files = tempDir();
  const payload = examplePayload('push');
  const env = {
    ...runnerEnv(files, workspace, 'push', { ...payload, before: '0'.repeat(40) }, inputs),
    ...extraEnv,
  };
  const r = spawnSync(process.execPath, [ACTION], { env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, classification: readOutputs(files).classification, stdout: r.stdout };
}

describe('every recorded case, replayed as an earlier step (test-console + test-exit-code + test-report)', () => {
  for (const [name, want] of Object.entries(EXPECTED)) {
    it(`${name} → ${want.classification} (Action and CLI)`, () => {
      const { meta, dir } = readFixture(name);
      const ws = gitRepo();
      cpSync(dir, ws, { recursive: true });
      commitAll(ws, 'earlier step output');
      const exit = String(exitOf(meta.exitCode, meta.signal));
      const action = runAction(ws, {
        'test-console': 'console.txt',
        'test-exit-code': exit,
        'test-report': meta.reports.join('\n'),
      });
      expect(action.classification).toBe(want.classification);
      expect(action.status).toBe(want.classification === 'PRODUCT_DRIFT' ? 1 : 0);

      const args = ['check', '--json', '--test-console', 'console.txt', '--test-exit-code', exit];
      for (const r of meta.reports) args.push('--test-report', r);
      const cli = spawnSync(process.execPath, [CLI, ...args], { cwd: ws, encoding: 'utf8' });
      const out = JSON.parse(cli.stdout) as Out;
      expect(out.classification).toBe(want.classification);
      expect(codesOf(out)).toEqual([...want.codes].sort());
    });
  }
});

describe('every recorded case of the corpus, replayed through dist/index.js with test-report as a glob', () => {
  const recorded = new Set(readdirSync(FIXTURES));
  for (const c of CASES.filter((x) => recorded.has(x.name))) {
    it(`${c.name} [${c.family}] → ${c.expected}`, () => {
      const { meta, dir } = readFixture(c.name);
      const ws = gitRepo();
      cpSync(dir, ws, { recursive: true });
      commitAll(ws, 'earlier step output');
      const action = runAction(ws, {
        'test-console': 'console.txt',
        'test-exit-code': String(exitOf(meta.exitCode, meta.signal)),
        'test-report': 'reports/**',
      });
      expect(action.classification, action.stdout.slice(-1500)).toBe(c.expected);
      expect(action.status).toBe(c.expected === 'PRODUCT_DRIFT' ? 1 : 0);
    });
  }
});

/** One live case per family: the first that runs here without the registry, another user or another Node. */
const LIVE = [
  ...new Map(
    CASES.filter((x) => !x.from && !NEEDS_REGISTRY.has(x.name) && !x.outside && !x.user && !x.nodeBinary).map(
      (x) => [x.family, x] as const,
    ),
  ).values(),
];

describe('one case of every family, run live through dist/index.js with test-report as a glob', () => {
  for (const c of LIVE) {
    it(`${c.name} [${c.family}] → ${c.expected}`, () => {
      const ws = runnerRepo();
      cpSync(join(RUNNERS, c.project!), ws, { recursive: true });
      c.prepare?.(ws);
      const action = runAction(
        ws,
        { 'test-command': c.command!, 'test-report': 'reports/**' },
        { PATH: RUNNER_PATH, ...c.env },
      );
      expect(action.classification, action.stdout.slice(-2000)).toBe(c.expected);
    });
  }
});

describe('every case that needs no network, run live with test-command', () => {
  for (const c of CASES.filter((x) => !x.from && !NEEDS_REGISTRY.has(x.name) && x.name in EXPECTED)) {
    const want = EXPECTED[c.name]!;
    it(`${c.name} → ${want.classification} (Action and CLI)`, () => {
      const make = () => {
        const ws = runnerRepo();
        cpSync(join(RUNNERS, c.project!), ws, { recursive: true });
        c.prepare?.(ws);
        if (c.name.startsWith('node-test')) mkdirSync(join(ws, 'reports'), { recursive: true });
        return ws;
      };
      const env = { PATH: RUNNER_PATH, ...c.env };
      const reports = (c.reports ?? []).join('\n');
      const action = runAction(make(), { 'test-command': c.command!, 'test-report': reports }, env);
      expect(action.classification, action.stdout.slice(-2000)).toBe(want.classification);

      const args = ['check', '--json', '--test-command', c.command!];
      for (const r of c.reports ?? []) args.push('--test-report', r);
      const cli = spawnSync(process.execPath, [CLI, ...args], {
        cwd: make(),
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
      const out = JSON.parse(cli.stdout) as Out;
      // Live runs are checked on the classification only: the exact findings can differ from the
      // recording by the runner's own timing (jest, finding no test, exits before its report is
      // written when stdout is a pipe, as here, and finishes it when stdout is a file, as when recorded).
      expect(out.classification).toBe(want.classification);
    });
  }
});
