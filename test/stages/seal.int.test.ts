import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeWorkspace } from '../../src/adapters/node-workspace.js';
import { runVerify } from '../../src/stages/observe.js';
import { parseSettings } from '../../src/settings/settings.js';
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
});
