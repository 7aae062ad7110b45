import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, readAnnotations, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { commitAll, gitRepo, tempDir } from '../helpers/tmp.js';

const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const H = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Each tampering: what it does to a sealed repository, the finding and the path it must name. */
const TAMPERINGS: Array<{
  name: string;
  code: string;
  path: string;
  apply: (dir: string) => void;
  atBase?: boolean;
}> = [
  {
    name: 'modified file',
    code: 'SEALED_MODIFIED',
    path: 'src/a b.js',
    apply: (d) => writeFileSync(join(d, 'src/a b.js'), 'x'),
  },
  {
    name: 'deleted file',
    code: 'SEALED_MISSING',
    path: 'src/lib.js',
    apply: (d) => rmSync(join(d, 'src/lib.js')),
  },
  {
    name: 'file replaced by a folder',
    code: 'SEALED_UNREADABLE',
    path: 'src/lib.js',
    apply: (d) => {
      rmSync(join(d, 'src/lib.js'));
      mkdirSync(join(d, 'src/lib.js'));
      writeFileSync(join(d, 'src/lib.js/keep'), '');
    },
  },
  {
    name: 'unlisted sealed file',
    code: 'SEALED_UNEXPECTED',
    path: 'src/extra.js',
    apply: (d) => writeFileSync(join(d, 'src/extra.js'), 'new'),
  },
  {
    name: 'mode change',
    code: 'SEALED_MODE_CHANGED',
    path: 'src/lib.js',
    apply: (d) => chmodSync(join(d, 'src/lib.js'), 0o755),
  },
  {
    name: 'symlink escaping the workspace',
    code: 'PATH_ESCAPES_WORKSPACE',
    path: 'src/lib.js',
    apply: (d) => {
      rmSync(join(d, 'src/lib.js'));
      symlinkSync('/etc/hostname', join(d, 'src/lib.js'));
    },
  },
  {
    name: 'manifest re-sealed',
    code: 'BASELINE_MODIFIED',
    path: 'BASELINE_REF.sha256',
    apply: (d) => writeFileSync(join(d, 'BASELINE_REF.sha256'), `${H}  src/lib.js\n`),
  },
  {
    name: 'manifest corrupted',
    code: 'BASELINE_CORRUPT',
    path: 'BASELINE_REF.sha256',
    apply: (d) => writeFileSync(join(d, 'BASELINE_REF.sha256'), `${H} *src/lib.js\nSHA256 (x = ${H}\n`),
  },
  {
    name: 'manifest entry leaving the workspace',
    code: 'PATH_ESCAPES_WORKSPACE',
    path: '../../etc/passwd',
    apply: (d) => writeFileSync(join(d, 'BASELINE_REF.sha256'), `${H}  ../../etc/passwd\n`),
    // In the authoritative (baseline-ref) manifest; added only in the tree it is BASELINE_MODIFIED.
    atBase: true,
  },
  {
    name: 'manifest removed',
    code: 'BASELINE_REMOVED',
    path: 'BASELINE_REF.sha256',
    apply: (d) => rmSync(join(d, 'BASELINE_REF.sha256')),
  },
];

function tampered(apply: (dir: string) => void, atBase = false) {
  const dir = gitRepo();
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/a b.js'), 'a\n');
  writeFileSync(join(dir, 'src/lib.js'), 'lib\n');
  const r = spawnSync('sha256sum', ['src/a b.js', 'src/lib.js'], { cwd: dir });
  writeFileSync(join(dir, 'BASELINE_REF.sha256'), r.stdout);
  if (atBase) apply(dir);
  const base = commitAll(dir, 'seal');
  if (!atBase) apply(dir);
  const head = commitAll(dir, 'tamper');
  return { dir, base, head };
}

describe.each(TAMPERINGS)('tampering: $name', ({ code, path, apply, atBase }) => {
  it('is an INCIDENT naming the file through the Action', () => {
    const { dir, base, head } = tampered(apply, atBase);
    const payload = examplePayload('push') as { before: string; after: string };
    payload.before = base;
    payload.after = head;
    const files = tempDir();
    const r = spawnSync(process.execPath, [ACTION], {
      env: runnerEnv(files, dir, 'push', payload, { sealed: 'src/**' }),
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(readOutputs(files).classification).toBe('INCIDENT');
    const errors = readAnnotations(r.stdout).filter((a) => a.level === 'error');
    expect(
      errors.some((a) => a.props.includes(`driftgate INCIDENT: ${code}`) && a.message.includes(path)),
    ).toBe(true);
  });

  it('is an INCIDENT naming the file through the CLI', () => {
    const { dir, base } = tampered(apply, atBase);
    const r = spawnSync(
      process.execPath,
      [CLI, 'check', '--json', '--baseline-ref', base, '--sealed', 'src/**'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as {
      classification: string;
      event: { findings: Array<{ code: string; evidence: { paths?: string[] } }> };
    };
    expect(out.classification).toBe('INCIDENT');
    expect(out.event.findings.some((f) => f.code === code && f.evidence.paths?.includes(path))).toBe(true);
  });
});
