// Class 6: symbolic links slip past the seal. A pull request adds a link under the sealed globs,
// or swaps a sealed folder for a link to a copy holding an extra file. Both must be an INCIDENT,
// even when the link stays inside the workspace.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, readAnnotations, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { commitAll, gitRepo, tempDir } from '../helpers/tmp.js';

const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

/** A repository whose src/ is sealed by sha256sum, committed; `attack` then commits on top. */
function sealedThenAttacked(attack: (dir: string) => void) {
  const dir = gitRepo();
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'vendor'));
  writeFileSync(join(dir, 'src/app.js'), 'export const app = 1;\n');
  writeFileSync(join(dir, 'src/lib.js'), 'export const lib = 2;\n');
  writeFileSync(join(dir, 'vendor/evil.js'), 'steal();\n');
  const r = spawnSync('sha256sum', ['src/app.js', 'src/lib.js'], { cwd: dir });
  writeFileSync(join(dir, 'BASELINE_REF.sha256'), r.stdout);
  const base = commitAll(dir, 'seal');
  attack(dir);
  const head = commitAll(dir, 'attack');
  return { dir, base, head };
}

function runAction(dir: string, base: string, head: string) {
  const payload = examplePayload('push') as { before: string; after: string };
  payload.before = base;
  payload.after = head;
  const files = tempDir();
  const r = spawnSync(process.execPath, [ACTION], {
    env: runnerEnv(files, dir, 'push', payload, { sealed: 'src/**' }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  const errors = readAnnotations(r.stdout).filter((a) => a.level === 'error');
  return { status: r.status, outputs: readOutputs(files), errors };
}

const ATTACKS: Array<{ name: string; names: string; attack: (dir: string) => void }> = [
  {
    name: 'a new link to a file inside the workspace',
    names: 'src/evil.js',
    attack: (d) => symlinkSync('../vendor/evil.js', join(d, 'src/evil.js')),
  },
  {
    name: 'a new link to a folder inside the workspace',
    names: 'src/vendor',
    attack: (d) => symlinkSync('../vendor', join(d, 'src/vendor')),
  },
  {
    name: 'a new link leading out of the workspace',
    names: 'src/host',
    attack: (d) => symlinkSync('/etc/hostname', join(d, 'src/host')),
  },
  {
    name: 'the sealed folder replaced by a link to a copy with an extra file',
    names: 'src',
    attack: (d) => {
      cpSync(join(d, 'src'), join(d, 'copy'), { recursive: true });
      writeFileSync(join(d, 'copy/extra.js'), 'steal();\n');
      renameSync(join(d, 'src'), join(d, 'old-src'));
      symlinkSync('copy', join(d, 'src'));
    },
  },
  {
    name: 'a sealed file replaced by a link to an identical copy',
    names: 'src/lib.js',
    attack: (d) => {
      renameSync(join(d, 'src/lib.js'), join(d, 'lib-copy.js'));
      symlinkSync('../lib-copy.js', join(d, 'src/lib.js'));
    },
  },
];

describe.each(ATTACKS)('class 6, $name', ({ names, attack }) => {
  it('is an INCIDENT naming the link through the Action', () => {
    const { dir, base, head } = sealedThenAttacked(attack);
    const { status, outputs, errors } = runAction(dir, base, head);
    expect(status).toBe(1);
    expect(outputs.classification).toBe('INCIDENT');
    expect(
      errors.some((a) => a.props.includes('driftgate INCIDENT: SEALED_SYMLINK') && a.message.includes(names)),
    ).toBe(true);
  }, 90_000);

  it('fails `driftgate verify --sealed` through the CLI', () => {
    const { dir } = sealedThenAttacked(attack);
    const r = spawnSync(process.execPath, [CLI, 'verify', '--sealed', 'src/**'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`INCIDENT SEALED_SYMLINK: .*${names.replace('.', '\\.')}`));
  }, 90_000);
});

describe('class 6, what still passes', () => {
  it('a link outside the sealed globs is not a finding', () => {
    const { dir, base, head } = sealedThenAttacked((d) =>
      symlinkSync('vendor/evil.js', join(d, 'docs-link.js')),
    );
    const { status, outputs } = runAction(dir, base, head);
    expect(outputs.classification).toBe('STABLE');
    expect(status).toBe(0);
  }, 90_000);
});
