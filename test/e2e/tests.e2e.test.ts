import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { EXPECTED } from '../helpers/expected.js';
import { FIXTURES, readFixture } from '../helpers/fixtures.js';
import { commitAll, git, RUNNER_PATH } from '../helpers/tmp.js';
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

/** Runs dist/index.js as a runner would (push event), without blocking the other tests. */
async function runAction(
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {},
) {
  const files = mkdtempSync(join(tmpdir(), 'driftgate-files-'));
  try {
    const payload = examplePayload('push');
    const env = {
      ...runnerEnv(files, workspace, 'push', { ...payload, before: '0'.repeat(40) }, inputs),
      ...extraEnv,
    };
    const r = await run(process.execPath, [ACTION], { env });
    return { status: r.status, classification: readOutputs(files).classification, stdout: r.stdout };
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}

/** Runs dist/cli.js in `cwd` without blocking the other tests. */
const runCli = (cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  run(process.execPath, [CLI, ...args], { cwd, env });

function run(cmd: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }) {
  return new Promise<{ status: number | null; stdout: string }>((done) => {
    execFile(
      cmd,
      args,
      { ...options, encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) =>
        done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout }),
    );
  });
}

/**
 * A git repository of its own, removed by the caller: these tests run concurrently, so they do
 * not share the helpers' clean-up after each test.
 */
function ownRepo(base: string = tmpdir()): string {
  mkdirSync(base, { recursive: true });
  const d = mkdtempSync(join(base, 'driftgate-e2e-'));
  git(d, 'init', '-q', '-b', 'main');
  return d;
}
const E2E_WORK = new URL('../../.e2e-work/', import.meta.url).pathname;

/** A recorded case copied into a repository, as an earlier step would leave it. */
function replayed(name: string): string {
  const ws = ownRepo();
  cpSync(readFixture(name).dir, ws, { recursive: true });
  commitAll(ws, 'earlier step output');
  return ws;
}

describe.concurrent(
  'every recorded case of the corpus, replayed through dist/index.js with test-report as a glob',
  () => {
    const recorded = new Set(readdirSync(FIXTURES));
    for (const c of CASES.filter((x) => recorded.has(x.name))) {
      it(`${c.name} [${c.family}] → ${c.expected}`, async () => {
        const { meta } = readFixture(c.name);
        const ws = replayed(c.name);
        try {
          const exit = String(exitOf(meta.exitCode, meta.signal));
          const action = await runAction(ws, {
            'test-console': 'console.txt',
            'test-exit-code': exit,
            'test-report': 'reports/**',
          });
          expect(action.classification, action.stdout.slice(-1500)).toBe(c.expected);
          expect(action.status).toBe(c.expected === 'PRODUCT_DRIFT' ? 1 : 0);
          const want = EXPECTED[c.name];
          if (!want) return;
          // The first cases also through the CLI, report by report, finding by finding.
          const args = ['check', '--json', '--test-console', 'console.txt', '--test-exit-code', exit];
          for (const r of meta.reports) args.push('--test-report', r);
          const out = JSON.parse((await runCli(ws, args)).stdout) as Out;
          expect(out.classification).toBe(want.classification);
          expect(codesOf(out)).toEqual([...want.codes].sort());
        } finally {
          rmSync(ws, { recursive: true, force: true });
        }
      });
    }
  },
);

/** One live case per family: the first that runs here without the registry, another user or another Node. */
const LIVE: Case[] = [];
for (const x of CASES)
  if (!x.from && !NEEDS_REGISTRY.has(x.name) && !x.outside && !x.user && !x.nodeBinary)
    if (!LIVE.some((l) => l.family === x.family)) LIVE.push(x);
/** Live runs share two cores with the rest of the suite: a runner may take a while to start. */
const LIVE_TIMEOUT_MS = 180_000;

/** A live project inside this repository (so the runners resolve from its node_modules). */
function liveProject(c: Case): string {
  const ws = ownRepo(E2E_WORK);
  cpSync(join(RUNNERS, c.project!), ws, { recursive: true });
  c.prepare?.(ws);
  return ws;
}

describe.concurrent(
  'one case of every family, run live through dist/index.js with test-report as a glob',
  () => {
    for (const c of LIVE) {
      it(
        `${c.name} [${c.family}] → ${c.expected}`,
        async () => {
          const ws = liveProject(c);
          try {
            const action = await runAction(
              ws,
              { 'test-command': c.command!, 'test-report': 'reports/**' },
              { PATH: RUNNER_PATH, ...c.env },
            );
            expect(action.classification, action.stdout.slice(-2000)).toBe(c.expected);
          } finally {
            rmSync(ws, { recursive: true, force: true });
          }
        },
        LIVE_TIMEOUT_MS,
      );
    }
  },
);

describe.concurrent('the first cases, run live through dist/cli.js with their report paths', () => {
  for (const c of CASES.filter((x) => !x.from && !NEEDS_REGISTRY.has(x.name) && x.name in EXPECTED)) {
    it(
      `${c.name} → ${c.expected}`,
      async () => {
        const ws = liveProject(c);
        try {
          const args = ['check', '--json', '--test-command', c.command!];
          for (const r of c.reports ?? []) args.push('--test-report', r);
          const out = JSON.parse(
            (await runCli(ws, args, { ...process.env, PATH: RUNNER_PATH, ...c.env })).stdout,
          ) as Out;
          // Live runs are checked on the classification only: the exact findings can differ from the
          // recording by the runner's own timing (jest, finding no test, exits before its report is
          // written when stdout is a pipe, as here, and finishes it when stdout is a file, as when recorded).
          expect(out.classification).toBe(c.expected);
        } finally {
          rmSync(ws, { recursive: true, force: true });
        }
      },
      LIVE_TIMEOUT_MS,
    );
  }
});
