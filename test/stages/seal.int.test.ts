import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeWorkspace } from '../../src/adapters/node-workspace.js';
import type { PackedNames } from '../../src/core/seal/manifest.js';
import { observationList, type FileObservation } from '../../src/core/seal/observation.js';
import { runVerify } from '../../src/stages/observe.js';
import { parseSettings } from '../../src/settings/settings.js';
import { CLI } from '../security/harness.js';
import { tempDir } from '../helpers/tmp.js';

/** Names that trip naive parsers: every one must verify exactly as sha256sum -c --strict does. */
const TRICKY = [
  'plain.txt',
  ' leading space',
  'trailing space ',
  'inner  spaces',
  'tab\there',
  'back\\slash',
  'new\nline',
  'carriage\rreturn',
  'ünïcödé ✓.txt',
  '*star',
  '-dash',
  '#hash',
  'paren) (x',
  'dir/sub dir/file',
];

type Form = 'text' | 'binary' | 'tag' | 'crlf';
const FORMS: Record<Form, string[]> = { text: [], binary: ['-b'], tag: ['--tag'], crlf: [] };

function makeTree(): string {
  const dir = tempDir();
  TRICKY.forEach((name, i) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), `content ${i}\n`.repeat(i + 1));
  });
  return dir;
}

function seal(dir: string, form: Form): void {
  const r = spawnSync('sha256sum', [...FORMS[form], '--', ...TRICKY], { cwd: dir });
  expect(r.status).toBe(0);
  const out =
    form === 'crlf' ? Buffer.from(r.stdout.toString('latin1').replace(/\n/g, '\r\n'), 'latin1') : r.stdout;
  writeFileSync(join(dir, 'BASELINE_REF.sha256'), out);
}

/** sha256sum -c --strict's status for each entry, in manifest order. */
function coreutilsStatuses(dir: string): string[] {
  const r = spawnSync('sha256sum', ['-c', '--strict', 'BASELINE_REF.sha256'], { cwd: dir, encoding: 'utf8' });
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => /: (OK|FAILED|FAILED open or read)$/.exec(l)![1]!);
}

async function driftgateStatuses(dir: string) {
  const workspace = await createNodeWorkspace(dir);
  const { classification, seal: result } = await runVerify(parseSettings([]), { workspace, git: null });
  return { classification, statuses: result.verdicts.map((v) => v.status as string), result };
}

describe('seal verification equals sha256sum -c --strict', () => {
  for (const form of Object.keys(FORMS) as Form[]) {
    it(`on an intact tree, ${form} manifest`, async () => {
      const dir = makeTree();
      seal(dir, form);
      const ours = await driftgateStatuses(dir);
      expect(ours.statuses).toEqual(coreutilsStatuses(dir));
      expect(ours.statuses).toHaveLength(TRICKY.length);
      expect(ours.classification).toBe('STABLE');
    });

    it(`on a tampered tree, ${form} manifest`, async () => {
      const dir = makeTree();
      seal(dir, form);
      writeFileSync(join(dir, 'new\nline'), 'tampered');
      rmSync(join(dir, 'tab\there'));
      rmSync(join(dir, 'ünïcödé ✓.txt'));
      mkdirSync(join(dir, 'ünïcödé ✓.txt'));
      writeFileSync(join(dir, ' leading space'), 'content 1\ncontent 1\n'.replace('1', '2'));
      const ours = await driftgateStatuses(dir);
      expect(ours.statuses).toEqual(coreutilsStatuses(dir));
      expect(ours.classification).toBe('INCIDENT');
      const byCode = (code: string) =>
        ours.result.findings.filter((f) => f.code === code).map((f) => f.evidence.paths![0]);
      expect(byCode('SEALED_MODIFIED').sort()).toEqual([' leading space', 'new\\nline']);
      expect(byCode('SEALED_MISSING')).toEqual(['tab\there']);
      expect(byCode('SEALED_UNREADABLE')).toEqual(['ünïcödé ✓.txt']);
    });
  }

  it('hashes many files in workers with the same verdicts as coreutils', async () => {
    const dir = tempDir();
    const names = Array.from({ length: 500 }, (_, i) => `f/${i % 7} n ${i}.bin`);
    mkdirSync(join(dir, 'f'));
    names.forEach((n, i) => writeFileSync(join(dir, n), Buffer.alloc(i * 37, i)));
    const r = spawnSync('sha256sum', names, { cwd: dir });
    writeFileSync(join(dir, 'BASELINE_REF.sha256'), r.stdout);
    writeFileSync(join(dir, names[123]!), 'changed');
    rmSync(join(dir, names[456]!));
    const ours = await driftgateStatuses(dir);
    expect(ours.statuses).toEqual(coreutilsStatuses(dir));
    expect(ours.statuses.filter((s) => s !== 'OK')).toEqual(['FAILED', 'FAILED open or read']);
  });

  it('observes every kind of path the same way whether the main thread or a worker meets it', async () => {
    const dir = tempDir();
    // 600 plain files around the odd ones, so each thread of the pool meets some of them.
    const plain = Array.from({ length: 600 }, (_, i) => `p${i % 5}/f ${i}`);
    for (const n of plain) {
      mkdirSync(join(dir, dirname(n)), { recursive: true });
      writeFileSync(join(dir, n), n);
    }
    mkdirSync(join(dir, 'odd'));
    writeFileSync(join(dir, 'odd/big.bin'), Buffer.alloc(2.5 * 1024 * 1024 + 3, 7));
    writeFileSync(join(dir, 'odd/run.sh'), 'echo\n');
    writeFileSync(join(dir, 'odd/target'), 'same\n');
    writeFileSync(join(dir, 'odd/link'), 'same\n');
    const odd = ['odd/big.bin', 'odd/run.sh', 'odd/link', 'odd/fifo'];
    writeFileSync(join(dir, 'odd/fifo'), '');
    const names = [...plain.slice(0, 300), ...odd, ...plain.slice(300)];
    const r = spawnSync('sha256sum', ['--', ...names], { cwd: dir });
    writeFileSync(join(dir, 'BASELINE_REF.sha256'), r.stdout);
    chmodSync(join(dir, 'odd/run.sh'), 0o755);
    rmSync(join(dir, 'odd/link'));
    symlinkSync('target', join(dir, 'odd/link'));
    rmSync(join(dir, 'odd/fifo'));
    expect(spawnSync('mkfifo', [join(dir, 'odd/fifo')]).status).toBe(0);
    const workspace = await createNodeWorkspace(dir);
    const seen = observationList(await workspace.observe(names.map((n) => new TextEncoder().encode(n))));
    const at = (n: string) => seen[names.indexOf(n)]!;
    expect(seen.filter((o) => o.state === 'ok' && !o.symlink && !o.executable)).toHaveLength(601);
    expect(at('odd/big.bin')).toMatchObject({ state: 'ok', executable: false, symlink: false });
    expect(at('odd/run.sh')).toMatchObject({ state: 'ok', executable: true });
    expect(at('odd/link')).toMatchObject({ state: 'ok', symlink: true, linkedFolder: null });
    expect(at('odd/fifo')).toEqual({ state: 'unreadable', error: 'not a regular file' });
    // coreutils would wait on the FIFO forever: it hashes every other name.
    const others = names.filter((n) => n !== 'odd/fifo');
    const coreutils = spawnSync('sha256sum', ['--', ...others], { cwd: dir, encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean)
      .map((l) => l.slice(0, 64));
    const ours = seen.filter((o) => o.state === 'ok').map((o) => (o as { sha256: string }).sha256);
    expect(ours).toEqual(coreutils);
  }, 30_000);
});

describe('the folders on the way', () => {
  it('are resolved to the same answer wherever they are met: nested, linked, leading out, not folders', async () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'f'), 'outside\n');
    mkdirSync(join(dir, 'a/b/c/d'), { recursive: true });
    mkdirSync(join(dir, 'real/c'), { recursive: true });
    writeFileSync(join(dir, 'a/file.txt'), 'a file, not a folder\n');
    symlinkSync('../real', join(dir, 'a/lk'));
    symlinkSync('real', join(dir, 'top'));
    symlinkSync(outside, join(dir, 'a/b/out'));
    for (const n of ['a/b/c/d/f', 'real/c/f', 'real/f']) writeFileSync(join(dir, n), `${n}\n`);
    // 300 folders deep, and a name of 3,000 segments (longer than any path may be) met like any other.
    const deep = `${'d/'.repeat(300)}f`;
    mkdirSync(join(dir, dirname(deep)), { recursive: true });
    writeFileSync(join(dir, deep), 'deep\n');
    const tooLong = `${'x/'.repeat(3000)}f`;
    const odd = [
      'a/b/c/d/f',
      'a/lk/c/f',
      'top/f',
      'top/c/f',
      'a/b/out/f',
      'a/file.txt/g',
      'a/nope/f',
      'a/b/./c/d/f',
      deep,
      tooLong,
    ];
    // Many plain files in many folders around them, so both threads meet every kind.
    const plain = Array.from({ length: 700 }, (_, i) => `p/${i % 40}/${i % 3}/f ${i}`);
    for (const n of plain) {
      mkdirSync(join(dir, dirname(n)), { recursive: true });
      writeFileSync(join(dir, n), n);
    }
    const names = plain.flatMap((n, i) => (i % 90 === 0 ? [odd[(i / 90) % odd.length]!, n] : [n]));
    names.push(...odd);
    const workspace = await createNodeWorkspace(dir);
    workspace.prepareObserve(names.length);
    const seen = observationList(await workspace.observe(names.map((n) => new TextEncoder().encode(n))));
    const expected: Record<string, unknown> = {
      'a/b/c/d/f': { state: 'ok', linkedFolder: null, symlink: false },
      'a/b/./c/d/f': { state: 'ok', linkedFolder: null, symlink: false },
      'a/lk/c/f': { state: 'ok', linkedFolder: 'a/lk', symlink: false },
      'top/f': { state: 'ok', linkedFolder: 'top', symlink: false },
      'top/c/f': { state: 'ok', linkedFolder: 'top', symlink: false },
      'a/b/out/f': { state: 'escapes' },
      'a/file.txt/g': { state: 'missing' },
      'a/nope/f': { state: 'missing' },
      [deep]: { state: 'ok', linkedFolder: null, symlink: false },
      [tooLong]: { state: 'missing' },
    };
    names.forEach((n, i) =>
      expect(seen[i], n).toMatchObject(expected[n] ?? { state: 'ok', linkedFolder: null, symlink: false }),
    );
    const sha = (o: FileObservation | undefined) => (o?.state === 'ok' ? o.sha256 : null);
    expect(sha(seen[names.indexOf('a/lk/c/f')])).toBe(sha(seen[names.indexOf('top/c/f')]));
  }, 30_000);
});

describe('verdicts', () => {
  it('come in manifest line order, entries refused while planning among them', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a'), 'a\n');
    writeFileSync(join(dir, 'b'), 'b\n');
    const sums = spawnSync('sha256sum', ['a', 'b'], { cwd: dir, encoding: 'utf8' }).stdout.split('\n');
    const h = '0'.repeat(64);
    writeFileSync(
      join(dir, 'BASELINE_REF.sha256'),
      [sums[0], `${h}  ../out`, sums[1], `${h}  /abs`, ''].join('\n'),
    );
    const { result } = await driftgateStatuses(dir);
    expect(result.verdicts.map((v) => [v.line, v.path, v.status])).toEqual([
      [1, 'a', 'OK'],
      [2, '../out', 'REFUSED'],
      [3, 'b', 'OK'],
      [4, '/abs', 'REFUSED'],
    ]);
  });
});

describe('the hashing threads', () => {
  /** 700 files over three folders, and what sha256sum says of each. */
  function corpus(): { dir: string; names: string[]; digests: string[] } {
    const dir = tempDir();
    const names = Array.from({ length: 700 }, (_, i) => `d${i % 3}/f ${i}`);
    for (const n of names) {
      mkdirSync(join(dir, dirname(n)), { recursive: true });
      writeFileSync(join(dir, n), `${n}\n`.repeat(1 + (names.indexOf(n) % 5)));
    }
    const digests = spawnSync('sha256sum', ['--', ...names], { cwd: dir, encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean)
      .map((l) => l.slice(0, 64));
    return { dir, names, digests };
  }
  const sha = (o: FileObservation): string => (o.state === 'ok' ? o.sha256 : o.state);

  it('answer for every name, none to all, with or without threads started ahead', async () => {
    const { dir, names, digests } = corpus();
    const workspace = await createNodeWorkspace(dir);
    const enc = new TextEncoder();
    for (const count of [0, 1, 2, 257, 700]) {
      for (const ahead of [false, true]) {
        // Ahead: threads for 10,000 files, though there may be none at all to hash.
        if (ahead) workspace.prepareObserve(10_000);
        const list = names.slice(0, count).map((n) => enc.encode(n));
        const seen = observationList(await workspace.observe(ahead ? list : packed(list)));
        expect(seen.map(sha), `${count} names, ahead: ${ahead}`).toEqual(digests.slice(0, count));
      }
    }
  }, 60_000);

  it('report a missing, an unreadable and a folder entry among many, wherever they fall', async () => {
    const { dir, names, digests } = corpus();
    rmSync(join(dir, names[10]!));
    chmodSync(join(dir, names[400]!), 0o000);
    rmSync(join(dir, names[699]!));
    mkdirSync(join(dir, names[699]!));
    const workspace = await createNodeWorkspace(dir);
    workspace.prepareObserve(names.length);
    const seen = observationList(await workspace.observe(names.map((n) => new TextEncoder().encode(n))));
    const expected = digests.map((d, i) =>
      i === 10
        ? 'missing'
        : i === 699
          ? 'unreadable'
          : i === 400 && process.getuid?.() !== 0
            ? 'unreadable'
            : d,
    );
    expect(seen.map(sha)).toEqual(expected);
    expect(seen[699]).toEqual({ state: 'unreadable', error: 'EISDIR' });
  }, 60_000);

  it('are released when a large manifest is rejected before anything is hashed', () => {
    const dir = tempDir();
    const line = `${'0'.repeat(64)}  f\n`;
    // 2,000 lines, so the threads are started ahead, and one of them malformed.
    writeFileSync(
      join(dir, 'BASELINE_REF.sha256'),
      `${line.repeat(1_000)}not a checksum line\n${line.repeat(999)}`,
    );
    const r = spawnSync(process.execPath, [CLI, 'verify', '--quiet'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/BASELINE_REF\.sha256/);
  }, 60_000);
});

/** Names packed in one buffer with a newline around each, as planSeal hands over the names of a manifest. */
function packed(list: Uint8Array[]): PackedNames {
  const starts = new Int32Array(list.length);
  const ends = new Int32Array(list.length);
  list.forEach((n, i) => {
    starts[i] = i === 0 ? 1 : ends[i - 1]! + 1;
    ends[i] = starts[i]! + n.length;
  });
  const bytes = new Uint8Array(list.length === 0 ? 0 : ends[list.length - 1]! + 1).fill(0x0a);
  list.forEach((n, i) => bytes.set(n, starts[i]!));
  return { bytes, starts, ends };
}
