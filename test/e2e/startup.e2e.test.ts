import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/tmp.js';

// What a run of the bundle loads from dist/ (the start-up the bench measures comes from it): a
// module preloaded with --require writes the files of dist/ in Node's CommonJS module cache as the
// process exits. Names only, with the content hash taken off (`verify-AbC123.js` → `verify`).
const DIST = new URL('../../dist/', import.meta.url).pathname;
const PRELOAD = `
process.on('exit', () => {
  const dist = ${JSON.stringify(DIST)};
  const files = Object.keys(require.cache).filter((f) => f.startsWith(dist)).map((f) => f.slice(dist.length));
  require('node:fs').writeFileSync(process.env.DRIFTGATE_LOADED, JSON.stringify(files));
});
`;

function loadedBy(cwd: string, entry: string, ...args: string[]): { status: number | null; files: string[] } {
  const dir = tempDir();
  const preload = join(dir, 'preload.cjs');
  const out = join(dir, 'loaded.json');
  writeFileSync(preload, PRELOAD);
  const r = run(process.execPath, ['--require', preload, join(DIST, entry), ...args], {
    cwd,
    env: { ...process.env, DRIFTGATE_LOADED: out },
  });
  const files = (JSON.parse(readFileSync(out, 'utf8')) as string[]).map((f) =>
    basename(f).replace(/-[\w-]{8}\.js$/, ''),
  );
  return { status: r.status, files: files.sort() };
}

function oneSealedFile(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), 'a\n');
  // sha256 of "a\n"
  writeFileSync(
    join(dir, 'BASELINE_REF.sha256'),
    '87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7  a.txt\n',
  );
  return dir;
}

describe('what a command loads from dist/', () => {
  it('a one-file verify without a config file: the entry, the verify chunk and the runtime, nothing else', () => {
    const { status, files } = loadedBy(oneSealedFile(), 'cli.js', 'verify', '--quiet');
    expect(status).toBe(0);
    expect(files).toEqual(['cli.js', 'rolldown-runtime', 'verify']);
  });

  it('with settings in .github/driftgate.yml: the YAML parser and the validator come in, and the glob', () => {
    const dir = oneSealedFile();
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/driftgate.yml'), "sealed:\n  - '*.txt'\n");
    const { status, files } = loadedBy(dir, 'cli.js', 'verify', '--quiet');
    expect(status).toBe(0);
    expect(files).toEqual(
      expect.arrayContaining(['cli.js', 'verify', 'config-file', 'settings', 'picomatch']),
    );
    expect(files.length).toBeGreaterThan(6);
  });

  it('--help: the same three files (the command table lives in the verify chunk), no other command', () => {
    const { status, files } = loadedBy(tempDir(), 'cli.js', '--help');
    expect(status).toBe(0);
    expect(files).toEqual(['cli.js', 'rolldown-runtime', 'verify']);
  });
});
