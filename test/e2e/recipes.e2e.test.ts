import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { examplePayload, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { commitAll, gitRepo, RUNNER_PATH, tempDir } from '../helpers/tmp.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const ACTION = join(ROOT, 'dist/index.js');
const CLI = join(ROOT, 'dist/cli.js');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** One reporter recipe as the README gives it: the gate's two inputs and an optional package.json part. */
interface Recipe {
  name: string;
  testCommand: string;
  testReport: string;
  packageJson: Record<string, unknown>;
}

/** The recipes under "### Reporter recipes", one per "#### runner" heading, read from the README itself. */
function readRecipes(readme: string): Recipe[] {
  const section = /^### Reporter recipes\n([\s\S]*?)^### /m.exec(readme)?.[1];
  if (!section) throw new Error('README.md: no "### Reporter recipes" section');
  return section
    .split(/^#### /m)
    .slice(1)
    .map((part) => {
      const name = part.split('\n')[0]!.trim();
      const yaml = /```yaml\n([\s\S]*?)```/.exec(part)?.[1];
      if (!yaml) throw new Error(`README.md: recipe ${name} has no yaml block`);
      const inputs = parseYaml(yaml) as Record<string, string>;
      const json = /```json\n([\s\S]*?)```/.exec(part)?.[1];
      return {
        name,
        testCommand: inputs['test-command']!,
        testReport: inputs['test-report']!,
        packageJson: json ? (JSON.parse(json) as Record<string, unknown>) : {},
      };
    });
}

const RECIPES = readRecipes(README);

/** A small project per runner: one product function and one test of it, passing or not. */
function writeProject(dir: string, recipe: Recipe, failing: boolean): void {
  const want = failing ? 4 : 3;
  const files: Record<string, string> = {};
  const runner = recipe.name.split(' ')[0]!;
  if (runner === 'pytest') {
    files['src/calc.py'] = 'def add(a, b):\n    return a + b\n';
    files['tests/test_calc.py'] = [
      'import sys, pathlib',
      "sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / 'src'))",
      'from calc import add',
      '',
      'def test_adds():',
      `    assert add(1, 2) == ${want}`,
      '',
    ].join('\n');
  } else {
    files['package.json'] = JSON.stringify(
      {
        name: 'calc',
        private: true,
        type: runner === 'vitest' ? 'module' : 'commonjs',
        ...recipe.packageJson,
      },
      null,
      2,
    );
    if (runner === 'vitest') {
      files['src/calc.js'] = 'export const add = (a, b) => a + b;\n';
      files['test/calc.test.js'] = [
        "import { expect, test } from 'vitest';",
        "import { add } from '../src/calc.js';",
        `test('adds', () => { expect(add(1, 2)).toBe(${want}); });`,
        '',
      ].join('\n');
    } else {
      files['src/calc.js'] = 'exports.add = (a, b) => a + b;\n';
      const body = `const assert = require('node:assert');\nconst { add } = require('../src/calc.js');\n`;
      if (runner === 'jest')
        files['test/calc.test.js'] = `${body}test('adds', () => { expect(add(1, 2)).toBe(${want}); });\n`;
      if (runner === 'mocha')
        files['test/calc.spec.js'] =
          `${body}it('adds', () => { assert.strictEqual(add(1, 2), ${want}); });\n`;
      if (runner === 'node:test')
        files['test/calc.test.js'] =
          `const test = require('node:test');\n${body}test('adds', () => { assert.strictEqual(add(1, 2), ${want}); });\n`;
    }
    // What `npm ci` leaves: the runners in node_modules (this repository's, which has them all).
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  }
  files['.gitignore'] = 'governance/runtime/\nreports/\nnode_modules\n__pycache__/\n';
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** The gate step as the README's workflow runs it: dist/index.js with the recipe's inputs, on a push. */
function runGate(workspace: string, recipe: Recipe) {
  const files = tempDir();
  const payload = { ...examplePayload('push'), before: '0'.repeat(40) };
  const env = {
    ...runnerEnv(files, workspace, 'push', payload, {
      sealed: 'src/**',
      'test-command': recipe.testCommand,
      'test-report': recipe.testReport,
    }),
    PATH: RUNNER_PATH,
  };
  const r = spawnSync(process.execPath, [ACTION], { env, encoding: 'utf8', timeout: 180_000 });
  return {
    status: r.status,
    outputs: readOutputs(files),
    summary: readFileSync(join(files, 'summary'), 'utf8'),
    stdout: r.stdout,
  };
}

describe("the README's workflow and .gitignore advice", () => {
  const section = (heading: string): string => {
    const at = README.indexOf(`\n### ${heading}\n`);
    if (at < 0) throw new Error(`README.md: no "### ${heading}" section`);
    return README.slice(at).split(/\n### /)[1]!;
  };

  it('installs, runs the tests through the gate with a recipe, and keeps the evidence', () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section('4. Add the workflow'))![1]!;
    const workflow = parseYaml(yaml) as {
      permissions: Record<string, string>;
      jobs: Record<
        string,
        { steps: Array<{ uses?: string; run?: string; if?: string; with?: Record<string, string> }> }
      >;
    };
    expect(workflow.permissions).toMatchObject({
      contents: 'write',
      'pull-requests': 'write',
      issues: 'write',
      statuses: 'write',
    });
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const names = steps.map((st) => st.uses?.split('@')[0] ?? st.run);
    expect(names).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'npm ci',
      'your-org/driftgate',
      'actions/upload-artifact',
    ]);
    // Third-party actions pinned by commit.
    for (const st of steps.filter((x) => x.uses?.startsWith('actions/')))
      expect(st.uses).toMatch(/@[0-9a-f]{40}$/);
    const gate = steps[3]!.with!;
    const vitest = RECIPES.find((r) => r.name === 'vitest')!;
    expect([gate['test-command'], gate['test-report']]).toEqual([vitest.testCommand, vitest.testReport]);
    expect(steps[4]!.if).toBe('always()');
    expect(steps[4]!.with!.path).toContain('governance/runtime/');
  });

  it('tells git to ignore the run files and the reports the recipes write', () => {
    const ignore = /```gitignore\n([\s\S]*?)```/.exec(section('2. Tell git what to ignore'))![1]!.split('\n');
    expect(ignore).toEqual(expect.arrayContaining(['governance/runtime/', 'reports/']));
    for (const r of RECIPES)
      for (const p of r.testReport.split('\n').filter(Boolean)) expect(p.startsWith('reports/')).toBe(true);
  });
});

describe('the reporter recipes of the README, run for real through dist/index.js', () => {
  it('finds a recipe for each runner the README promises', () => {
    expect(RECIPES.map((r) => r.name.split(' ')[0])).toEqual([
      'vitest',
      'jest',
      'mocha',
      'node:test',
      'pytest',
    ]);
  });

  for (const recipe of RECIPES) {
    it(`${recipe.name}: STABLE when the tests pass, PRODUCT_DRIFT naming the test when one fails`, () => {
      for (const failing of [false, true]) {
        // Outside this repository, so that no runner finds this repository's own config.
        const ws = gitRepo();
        writeProject(ws, recipe, failing);
        // Sealed as the README's adoption steps say, with the command line.
        const seal = spawnSync(process.execPath, [CLI, 'seal', '--sealed', 'src/**'], {
          cwd: ws,
          encoding: 'utf8',
        });
        expect(seal.status, seal.stderr).toBe(0);
        commitAll(ws, 'calc');
        const run = runGate(ws, recipe);
        const want = failing ? 'PRODUCT_DRIFT' : 'STABLE';
        expect(run.outputs.classification, `${run.stdout.slice(-3000)}\n${run.summary}`).toBe(want);
        expect(run.status).toBe(failing ? 1 : 0);
        if (failing) {
          const event = JSON.parse(readFileSync(join(ws, run.outputs.report!), 'utf8')) as {
            findings: Array<{ code: string; evidence: { tests?: string[] } }>;
          };
          const failed = event.findings.find((f) => f.code === 'TESTS_FAILED');
          expect(failed?.evidence.tests?.join(' ')).toMatch(/adds/);
          expect(run.summary).toContain('TESTS_FAILED');
        }
      }
    }, 360_000);
  }
});
