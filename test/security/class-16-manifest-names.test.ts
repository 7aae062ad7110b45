// Class 16: the wrong file is blamed. A name beginning with U+FEFF must be kept byte for byte (and
// shown so a reader cannot mistake it for its twin without one); an entry named `-` (standard input
// for sha256sum, so it seals nothing) is a corrupt baseline. Also what a hostile contributor tries
// next: look-alike names, case-only renames and a huge manifest.
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePayload, readAnnotations, readOutputs, runnerEnv } from '../helpers/actions-env.js';
import { commitAll, gitRepo, tempDir } from '../helpers/tmp.js';

const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;
const BOM = '\ufeff';

interface Finding {
  code: string;
  classification: string;
  message: string;
  evidence: { paths?: string[] };
}

/** A repository holding `files`, sealed by sha256sum itself and committed. */
function sealedRepo(files: Record<string, string>) {
  const dir = gitRepo();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const r = spawnSync('sha256sum', ['--', ...Object.keys(files)], { cwd: dir });
  expect(r.status).toBe(0);
  writeFileSync(join(dir, 'BASELINE_REF.sha256'), r.stdout);
  return { dir, base: commitAll(dir, 'seal') };
}

function check(dir: string, ...flags: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'check', '--json', ...flags], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const out = JSON.parse(r.stdout) as { classification: string; event: { findings: Finding[] } };
  return { status: r.status, classification: out.classification, findings: out.event.findings };
}

describe('class 16, a name beginning with U+FEFF', () => {
  it('blames the modified BOM file, never its innocent twin (CLI)', () => {
    const { dir, base } = sealedRepo({ bom: 'innocent\n', [`${BOM}bom`]: 'guilty\n' });
    writeFileSync(join(dir, `${BOM}bom`), 'tampered\n');
    // coreutils agrees on which entry failed.
    const coreutils = spawnSync('sha256sum', ['-c', '--strict', 'BASELINE_REF.sha256'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(coreutils.stdout).toContain(`${BOM}bom: FAILED`);
    expect(coreutils.stdout).toMatch(/^bom: OK$/m);
    const { status, classification, findings } = check(dir, '--baseline-ref', base);
    expect(status).toBe(1);
    expect(classification).toBe('INCIDENT');
    const modified = findings.filter((f) => f.code === 'SEALED_MODIFIED');
    expect(modified).toHaveLength(1);
    // Shown with the invisible character spelled out, so no reader takes it for "bom".
    expect(modified[0]!.evidence.paths).toEqual(['\\u{FEFF}bom']);
    expect(modified[0]!.message).toContain('sealed file \\u{FEFF}bom (BASELINE_REF.sha256 line 2)');
  }, 60_000);

  it('blames the modified BOM file through the Action annotations', () => {
    const { dir, base } = sealedRepo({ bom: 'innocent\n', [`${BOM}bom`]: 'guilty\n' });
    writeFileSync(join(dir, `${BOM}bom`), 'tampered\n');
    const head = commitAll(dir, 'tamper');
    const payload = examplePayload('push') as { before: string; after: string };
    payload.before = base;
    payload.after = head;
    const files = tempDir();
    const r = spawnSync(process.execPath, [ACTION], {
      env: runnerEnv(files, dir, 'push', payload, {}),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(readOutputs(files).classification).toBe('INCIDENT');
    const errors = readAnnotations(r.stdout).filter((a) => a.props.includes('SEALED_MODIFIED'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('\\u{FEFF}bom');
    expect(errors[0]!.message).not.toMatch(/sealed file bom /);
  }, 60_000);
});

describe('class 16, an entry named "-"', () => {
  it('is a corrupt baseline, though sha256sum -c accepts it', () => {
    const { dir } = sealedRepo({ 'src/app.js': 'app\n' });
    // The digest of empty standard input: coreutils reports "-: OK" when stdin is empty.
    const empty = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    writeFileSync(join(dir, 'BASELINE_REF.sha256'), `${empty}  -\n`);
    const coreutils = spawnSync('sha256sum', ['-c', '--strict', 'BASELINE_REF.sha256'], {
      cwd: dir,
      input: '',
    });
    expect(coreutils.status).toBe(0);
    const base = commitAll(dir, 'seal stdin');
    const { status, classification, findings } = check(dir, '--baseline-ref', base);
    expect(status).toBe(1);
    expect(classification).toBe('INCIDENT');
    const corrupt = findings.find((f) => f.code === 'BASELINE_CORRUPT');
    expect(corrupt?.message).toContain('line 1: the entry "-" names standard input');
  }, 60_000);

  it('`driftgate verify` fails on it too', () => {
    const { dir } = sealedRepo({ 'src/app.js': 'app\n' });
    const r0 = spawnSync('sha256sum', ['src/app.js'], { cwd: dir, encoding: 'utf8' });
    writeFileSync(
      join(dir, 'BASELINE_REF.sha256'),
      `${r0.stdout}e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  -\n`,
    );
    const r = spawnSync(process.execPath, [CLI, 'verify'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('INCIDENT BASELINE_CORRUPT');
  }, 60_000);
});

describe('hostile names beyond the class', () => {
  it('a look-alike (Cyrillic "а") copy beside a removed sealed file is missing + unexpected, each named', () => {
    const { dir, base } = sealedRepo({ 'src/app.js': 'app\n' });
    renameSync(join(dir, 'src/app.js'), join(dir, 'src/\u0430pp.js'));
    const { status, findings } = check(dir, '--baseline-ref', base, '--sealed', 'src/**');
    expect(status).toBe(1);
    expect(findings.find((f) => f.code === 'SEALED_MISSING')?.evidence.paths).toEqual(['src/app.js']);
    expect(findings.find((f) => f.code === 'SEALED_UNEXPECTED')?.evidence.paths).toEqual(['src/\u0430pp.js']);
  }, 60_000);

  it('a decomposed (NFD) twin of a composed (NFC) sealed name is not taken for it', () => {
    const nfc = 'src/caf\u00e9.js';
    const nfd = 'src/cafe\u0301.js';
    const { dir, base } = sealedRepo({ [nfc]: 'v1\n' });
    rmSync(join(dir, nfc));
    writeFileSync(join(dir, nfd), 'v2\n');
    const { status, findings } = check(dir, '--baseline-ref', base, '--sealed', 'src/**');
    expect(status).toBe(1);
    expect(findings.map((f) => f.code).sort()).toEqual(['SEALED_MISSING', 'SEALED_UNEXPECTED']);
  }, 60_000);

  it('a case-only rename of a sealed file is missing + unexpected on a case-sensitive file system', () => {
    const { dir, base } = sealedRepo({ 'src/App.js': 'app\n' });
    renameSync(join(dir, 'src/App.js'), join(dir, 'src/app.js'));
    const { status, findings } = check(dir, '--baseline-ref', base, '--sealed', 'src/**');
    expect(status).toBe(1);
    expect(findings.find((f) => f.code === 'SEALED_MISSING')?.evidence.paths).toEqual(['src/App.js']);
    expect(findings.find((f) => f.code === 'SEALED_UNEXPECTED')?.evidence.paths).toEqual(['src/app.js']);
  }, 60_000);

  it('a right-to-left override in a new sealed name is shown escaped, not reordered', () => {
    const { dir, base } = sealedRepo({ 'src/app.js': 'app\n' });
    writeFileSync(join(dir, 'src/evil\u202Esj.txt'), 'x\n');
    const { findings } = check(dir, '--baseline-ref', base, '--sealed', 'src/**');
    const unexpected = findings.find((f) => f.code === 'SEALED_UNEXPECTED');
    expect(unexpected?.evidence.paths).toEqual(['src/evil\\u{202E}sj.txt']);
  }, 60_000);

  it('a huge manifest (200,000 entries of a PR) is reported with a bounded account of its changes', () => {
    const { dir, base } = sealedRepo({ 'src/app.js': 'app\n' });
    const line = `${'0'.repeat(64)}  src/missing-%d.js\n`;
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++) lines.push(line.replace('%d', String(i)));
    writeFileSync(join(dir, 'BASELINE_REF.sha256'), lines.join(''));
    const { status, findings } = check(dir, '--baseline-ref', base);
    expect(status).toBe(1);
    // The tree's copy is not authoritative: it is reported changed, and baseline-ref's entries verified.
    expect(findings.map((f) => f.code)).toEqual(['BASELINE_MODIFIED']);
    // Its account of the change is capped: it lands in comments, issues and the log.
    const detail = (findings[0]!.evidence as { detail?: string }).detail ?? '';
    expect(detail).toMatch(/^added: src\/missing-0\.js, .* and 199980 more; removed: src\/app\.js$/);
  }, 120_000);
});
