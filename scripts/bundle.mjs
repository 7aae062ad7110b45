// Builds the committed bundles: dist/index.js (the Action) and dist/cli.js (the `driftgate` bin),
// plus the chunks they share or load lazily (dist/chunk-*.js).
//
// Start-up: each entry is a few lines that turn on V8's compile cache (Node >= 22.1; a no-op
// before) and then import the program. Code splitting puts every dynamic import() of the sources
// in a chunk of its own, so a command loads only the modules it uses.
//
// Deterministic: same sources and lockfile give the same bytes (CI compares with git). Chunk names
// are content hashes, so they change only when their content does.
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

// CommonJS dependencies (tinyglobby's fdir, …) call require(); give every ESM output file one.
const requireShim =
  "import { createRequire as __driftgateCreateRequire } from 'node:module';\nconst require = __driftgateCreateRequire(import.meta.url);";

/**
 * The entry modules. The compile cache must be on before the program is compiled, so the program
 * comes in through import() after it (a static import would be compiled first).
 * - CLI: the user's cache folder (XDG_CACHE_HOME or ~/.cache), never a folder other users share.
 * - Action: RUNNER_TEMP, which the runner empties after each job, so nothing crosses jobs.
 * NODE_COMPILE_CACHE chooses another folder and NODE_DISABLE_COMPILE_CACHE=1 turns it off (Node's own).
 */
const entries = {
  cli: {
    program: './src/bin.ts',
    cacheDir: `(() => {
      const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
      return base ? join(base, 'driftgate', 'compile-cache') : undefined;
    })()`,
  },
  index: {
    program: './src/index.ts',
    cacheDir: `process.env.RUNNER_TEMP ? join(process.env.RUNNER_TEMP, 'driftgate-compile-cache') : undefined`,
  },
};

const entrySource = ({ program, cacheDir }) => `
import * as nodeModule from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
void homedir;
if (typeof nodeModule.enableCompileCache === 'function' && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  const dir = ${cacheDir};
  if (dir) nodeModule.enableCompileCache(dir);
}
await import(${JSON.stringify(program)});
`;

/** Serves the entry modules above under the names `driftgate-entry:cli` and `driftgate-entry:index`. */
const entryPlugin = {
  name: 'driftgate-entries',
  setup(b) {
    b.onResolve({ filter: /^driftgate-entry:/ }, (args) => ({
      path: args.path,
      namespace: 'driftgate-entry',
    }));
    b.onLoad({ filter: /.*/, namespace: 'driftgate-entry' }, (args) => ({
      contents: entrySource(entries[args.path.slice('driftgate-entry:'.length)]),
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'js',
    }));
  },
};

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
const result = await build({
  entryPoints: { cli: 'driftgate-entry:cli', index: 'driftgate-entry:index' },
  outdir: 'dist',
  chunkNames: 'chunk-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'eof',
  plugins: [entryPlugin],
  // Name modules by the path they have in the checkout, not the symlink target: a worktree whose
  // node_modules is a link to another checkout must bundle to the same bytes.
  preserveSymlinks: true,
  define: { __DRIFTGATE_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: requireShim },
  metafile: true,
});

// `--metafile FILE` keeps esbuild's account of which module went into which chunk and which chunk
// imports which (to see what a command loads: https://esbuild.github.io/analyze/ reads it).
const metafileAt = process.argv.indexOf('--metafile');
if (metafileAt > 0) await writeFile(process.argv[metafileAt + 1], JSON.stringify(result.metafile, null, 1));

// The bin needs its interpreter line (npm makes it executable when it installs the bin).
const cli = new URL('../dist/cli.js', import.meta.url);
await writeFile(cli, `#!/usr/bin/env node\n${await readFile(cli, 'utf8')}`);
