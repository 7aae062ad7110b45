import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { codesOf, pullRequest, runAction, writeFiles } from './harness.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const WORKFLOWS = join(ROOT, '.github/workflows');

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> };
type Job = { permissions?: Record<string, string> | string; steps: Step[]; needs?: string };
type Workflow = {
  on: Record<string, unknown> | string | string[];
  permissions?: unknown;
  jobs: Record<string, Job>;
};

const workflows = readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => [f, parse(readFileSync(join(WORKFLOWS, f), 'utf8')) as Workflow] as const);

const triggers = (w: Workflow): string[] =>
  typeof w.on === 'string' ? [w.on] : Array.isArray(w.on) ? w.on : Object.keys(w.on);
const writes = (job: Job, top: unknown): boolean => {
  const p = job.permissions ?? top;
  if (p === undefined) return true; // the repository default may be write-all
  if (typeof p === 'string') return p === 'write-all';
  return Object.values(p as Record<string, string>).includes('write');
};

/** The README's recipe for untrusted pull requests (the first yaml block under "What a job cannot hide"). */
function readmeRecipe(): Workflow {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### What a job cannot hide from its own code'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
  return parse(block) as Workflow;
}

describe('class 15: the repository’s own workflows never run a pull request’s copy of the gate with write permissions', () => {
  it.each(workflows)('%s', (_file, w) => {
    const onPullRequest = triggers(w).some((t) => t.startsWith('pull_request'));
    for (const [, job] of Object.entries(w.jobs)) {
      const local = job.steps.filter((s) => s.uses?.startsWith('./'));
      if (!onPullRequest) continue;
      if (writes(job, w.permissions)) {
        // A local action in a writing job must come from a checkout of the base commit into its own path.
        for (const step of local) {
          const path = step.uses!.replace(/^\.\//, '').replace(/\/$/, '');
          expect(path).not.toBe('');
          const checkout = job.steps.find(
            (s) => s.uses?.startsWith('actions/checkout@') && s.with?.path === path,
          );
          expect(checkout, `${step.uses} is checked out from the trusted side`).toBeDefined();
          expect(String(checkout!.with!.ref)).toContain('github.event.pull_request.base.sha');
          expect(checkout!.with!['persist-credentials']).toBe(false);
        }
        // A writing job runs no code of the change: no npm, no test runner.
        for (const step of job.steps) expect(step.run ?? '').not.toMatch(/\bnpm\b|\bnpx\b|vitest|node /);
      } else {
        for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/checkout@')))
          expect(step.with?.['persist-credentials'], 'the read-only job keeps no credentials').toBe(false);
      }
      // No job on pull requests sees a secret.
      expect(JSON.stringify(job)).not.toMatch(/secrets\./);
    }
    if (onPullRequest) expect(w.permissions).toEqual({});
  });

  it('the README recipe and this repository’s gate workflow are the same two jobs with the same permissions and hand-over', () => {
    const recipe = readmeRecipe();
    const own = workflows.find(([f]) => f === 'driftgate.yml')![1];
    expect(recipe.permissions).toEqual({});
    expect(Object.keys(recipe.jobs)).toEqual(Object.keys(own.jobs));
    for (const name of Object.keys(own.jobs))
      expect(recipe.jobs[name]!.permissions).toEqual(own.jobs[name]!.permissions);
    const gateStep = (w: Workflow) => w.jobs.gate!.steps.find((s) => s.with?.['test-console'])!;
    for (const key of ['test-console', 'test-exit-code', 'test-report'])
      expect(gateStep(recipe).with![key]).toEqual(gateStep(own).with![key]);
    expect(gateStep(recipe).uses).toMatch(/^[\w-]+\/driftgate@/);
  });

  it('the hand-over works end to end: an earlier job’s console, exit code and JUnit report judged by dist/index.js', async () => {
    const TEST = [
      "import test from 'node:test';",
      "test('adds', () => {});",
      "test('subtracts', () => { if (process.env.BREAK) throw new Error('broken'); });",
    ].join('\n');
    const { dir, payload } = pullRequest({ change: (d) => writeFiles(d, { 'math.test.mjs': TEST }) });
    const { spawnSync } = await import('node:child_process');
    const tests = (env: NodeJS.ProcessEnv) => {
      // What the recipe's tests job does, with the runner the repository uses.
      const r = spawnSync(
        'bash',
        [
          '-c',
          'mkdir -p driftgate-tests; set +e; node --test --test-reporter=spec --test-reporter-destination=stdout ' +
            '--test-reporter=junit --test-reporter-destination=driftgate-tests/junit.xml math.test.mjs 2>&1 | tee driftgate-tests/console.log; ' +
            'echo "${PIPESTATUS[0]}" > driftgate-tests/exit-code',
        ],
        { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      return readFileSync(join(dir, 'driftgate-tests/exit-code'), 'utf8').trim();
    };
    const inputs = (code: string) => ({
      'test-console': 'driftgate-tests/console.log',
      'test-exit-code': code,
      'test-report': 'driftgate-tests/junit.xml',
    });
    const passing = await runAction(dir, 'pull_request', payload, inputs(tests({})));
    expect(passing.outputs.classification).toBe('STABLE');
    expect(passing.status).toBe(0);
    const failing = await runAction(dir, 'pull_request', payload, inputs(tests({ BREAK: '1' })));
    expect(failing.status).toBe(1);
    expect(failing.outputs.classification).toBe('PRODUCT_DRIFT');
    expect(codesOf(failing)).toContain('TESTS_FAILED');
  }, 60_000);
});
