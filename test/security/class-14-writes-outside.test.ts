// Class 14: writes outside the workspace. A pull request commits `governance` (or
// `governance/runtime`) as a symbolic link; the gate must not write its run-time files through it,
// wherever it points, and must say why it refused.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { remoteLogLines } from '../helpers/remote.js';
import { commitAll, gitRepo, tempDir } from '../helpers/tmp.js';
import { ACTION, CLI, pullRequest, runAction } from './harness.js';

/** Every file under `dir`, relative ([] when there is no such folder). */
function listAll(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => !d.isDirectory())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

function attackedRepo(link: (dir: string, outside: string) => void) {
  const outside = tempDir('driftgate-outside-');
  const dir = gitRepo();
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/app.js'), 'export const app = 1;\n');
  const r = spawnSync('sha256sum', ['src/app.js'], { cwd: dir });
  writeFileSync(join(dir, 'BASELINE_REF.sha256'), r.stdout);
  const base = commitAll(dir, 'seal');
  link(dir, outside);
  const head = commitAll(dir, 'attack');
  return { dir, outside, base, head };
}

const LINKS: Array<{ name: string; link: (dir: string, outside: string) => void; via: string }> = [
  {
    name: 'governance pointing out of the workspace',
    via: 'governance',
    link: (d, out) => symlinkSync(out, join(d, 'governance')),
  },
  {
    name: 'governance/runtime pointing out of the workspace',
    via: 'governance/runtime',
    link: (d, out) => {
      mkdirSync(join(d, 'governance'));
      writeFileSync(join(d, 'governance/README.md'), 'governance\n');
      symlinkSync(out, join(d, 'governance/runtime'));
    },
  },
  {
    name: 'governance/runtime pointing inside the workspace',
    via: 'governance/runtime',
    link: (d, out) => {
      mkdirSync(join(d, 'governance'));
      mkdirSync(join(d, 'elsewhere'));
      writeFileSync(join(d, 'elsewhere/keep'), '');
      symlinkSync('../elsewhere', join(d, 'governance/runtime'));
      void out;
    },
  },
];

describe.each(LINKS)('class 14, $name', ({ link, via }) => {
  it('the Action writes nothing through the link: an INCIDENT naming it, still classified and reported', () => {
    const { dir, outside, base, head } = attackedRepo(link);
    const payload = examplePayload('push') as { before: string; after: string };
    payload.before = base;
    payload.after = head;
    const files = tempDir();
    const r = spawnSync(process.execPath, [ACTION], {
      env: runnerEnv(files, dir, 'push', payload, {}),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(listAll(outside)).toEqual([]);
    expect(listAll(join(dir, 'elsewhere')).filter((f) => f !== 'keep')).toEqual([]);
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain(`refusing to write through the symbolic link ${via}`);
    const outputs = readOutputs(files);
    expect(outputs.classification).toBe('INCIDENT');
    // Outputs name no file that was not written; the summary carries the verdict.
    expect(outputs.report).toBe('');
    expect(readFileSync(join(files, 'summary'), 'utf8')).toContain('RUNTIME_PATH_REFUSED');
  }, 90_000);

  it('`driftgate check` writes nothing through the link: an INCIDENT, exit 1', () => {
    const { dir, outside } = attackedRepo(link);
    const r = spawnSync(process.execPath, [CLI, 'check'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(listAll(outside)).toEqual([]);
    expect(listAll(join(dir, 'elsewhere')).filter((f) => f !== 'keep')).toEqual([]);
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain('RUNTIME_PATH_REFUSED');
    expect(`${r.stdout}${r.stderr}`).toContain(`refusing to write through the symbolic link ${via}`);
  }, 90_000);
});

describe('class 14, what still works', () => {
  it('a plain governance folder receives the run-time files under governance/runtime only', () => {
    const { dir, outside } = attackedRepo((d) => {
      mkdirSync(join(d, 'governance'));
      writeFileSync(join(d, 'governance/README.md'), 'governance\n');
    });
    const r = spawnSync(process.execPath, [CLI, 'check'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(listAll(outside)).toEqual([]);
    const written = listAll(join(dir, 'governance')).filter((f) => f !== 'README.md');
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((f) => f.startsWith('runtime/'))).toBe(true);
  }, 90_000);
});

describe('class 14, on a pull request with a log branch', () => {
  it('the INCIDENT is recorded on the log branch and escalated like any other', async () => {
    const outside = tempDir('driftgate-outside-');
    const { remote, dir, payload } = pullRequest({
      change: (d) => symlinkSync(outside, join(d, 'governance')),
    });
    const r = await runAction(dir, 'pull_request', payload, {});
    expect(r.status).toBe(1);
    expect(r.outputs.classification).toBe('INCIDENT');
    expect(listAll(outside)).toEqual([]);
    const last = JSON.parse(remoteLogLines(remote).at(-1)!) as Record<string, unknown>;
    expect(last).toMatchObject({
      type: 'OBSERVATION',
      classification: 'INCIDENT',
      event_id: r.outputs['event-id'],
      freezes: true,
    });
  }, 90_000);
});
