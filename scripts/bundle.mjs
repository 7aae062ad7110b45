// Builds the committed bundles: dist/index.js (the Action) and dist/cli.js (the `driftgate` bin),
// plus the chunks they share or load lazily (dist/<name>-<hash>.js).
//
// Rolldown, CommonJS output. Node 20 loads a CommonJS file faster than an ES module (no module
// job, no linking), and a one-file `verify` is mostly start-up, so the format is part of its speed.
// dist/package.json says `"type": "commonjs"`, so the files keep their .js names under the
// package's `"type": "module"`.
//
// Start-up: each entry is a few lines that turn on V8's compile cache (Node >= 22.1; a no-op
// before) and then import the program. Code splitting puts every dynamic import() of the sources
// in a chunk of its own, so a command loads only the modules it uses; the `verify` command and
// what it imports statically are one chunk (one group, below), so a one-file `verify` reads three
// files of ours, not a dozen.
//
// Deterministic: same sources and lockfile give the same bytes (CI compares with git). Chunk names
// end in content hashes, so they change only when their content does.
import { rolldown } from 'rolldown';
import { builtinModules } from 'node:module';
import { readFile, rm, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const ROOT = new URL('..', import.meta.url).pathname;

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
if (typeof nodeModule.enableCompileCache === 'function' && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  const dir = ${cacheDir};
  if (dir) nodeModule.enableCompileCache(dir);
}
import(${JSON.stringify(new URL(program, `file://${ROOT}`).pathname)});
`;

const ENTRY = 'driftgate-entry:';
/** Serves the entry modules above under the names `driftgate-entry:cli` and `driftgate-entry:index`. */
const entryPlugin = {
  name: 'driftgate-entries',
  resolveId(id) {
    return id.startsWith(ENTRY) ? `\0${id}` : undefined;
  },
  load(id) {
    if (id.startsWith(`\0${ENTRY}`)) return entrySource(entries[id.slice(ENTRY.length + 1)]);
    return undefined;
  },
};

/**
 * fdir (under tinyglobby) looks for picomatch with require() when it is loaded, for a glob API
 * tinyglobby does not use (it passes its own matcher). Next to the bundle that finds the
 * node_modules copy of an installed checkout and loads its six CommonJS files on every run that
 * globs. The lookup is dropped; the build fails if fdir's code no longer has it in this form, or
 * if fdir came into the bundle from a file this plugin did not see.
 */
const FDIR_PICOMATCH =
  /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;
const FDIR_FILE = /[\\/]fdir[\\/]dist[\\/]index\.mjs$/;
let fdirPatched = 0;
const fdirPlugin = {
  name: 'driftgate-fdir',
  async load(id) {
    if (!FDIR_FILE.test(id)) {
      if (/[\\/]fdir[\\/]/.test(id)) throw new Error(`${id}: fdir from a file the bundle does not patch`);
      return undefined;
    }
    const text = await readFile(id, 'utf8');
    if (!FDIR_PICOMATCH.test(text))
      throw new Error(`${id}: the picomatch lookup is not where the bundle expects it`);
    fdirPatched++;
    return text.replace(FDIR_PICOMATCH, '');
  },
};

/** Any warning of the bundler fails the build: what it warns about (an eval, a circular import…) is worth a look. */
const warnings = [];
const bundle = await rolldown({
  input: { cli: `${ENTRY}cli`, index: `${ENTRY}index` },
  cwd: ROOT,
  platform: 'node',
  external: builtinModules.flatMap((name) => [name, `node:${name}`]),
  // Name modules by the path they have in the checkout, not the symlink target: a worktree whose
  // node_modules is a link to another checkout must bundle to the same bytes.
  resolve: { symlinks: false },
  transform: { target: 'node20', define: { __DRIFTGATE_VERSION__: JSON.stringify(pkg.version) } },
  plugins: [entryPlugin, fdirPlugin],
  onLog(level, log) {
    if (level === 'warn') warnings.push(log.message);
  },
});

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
const { output } = await bundle.write({
  dir: 'dist',
  format: 'cjs',
  entryFileNames: '[name].js',
  chunkFileNames: '[name]-[hash].js',
  comments: { legal: true, annotation: false, jsdoc: false },
  // Each module's top level runs when it is first needed, in source order, whichever chunk holds
  // it: a chunk the Action shares with the CLI runs none of the CLI's code by being loaded.
  strictExecutionOrder: true,
  codeSplitting: {
    groups: [
      // The CLI's main module (the command line and the command table) and the `verify` command,
      // with everything they import statically: what a `driftgate verify` without a config file
      // loads besides the entry and the bundler's runtime, in one file (test/e2e/startup checks it).
      { name: 'verify', test: /src[\\/](bin|cli[\\/]commands[\\/]verify)\.ts$/ },
    ],
  },
});
await bundle.close();
if (warnings.length) throw new Error(`the bundler warned:\n${warnings.join('\n')}`);
if (fdirPatched !== 1) throw new Error(`fdir was patched ${fdirPatched} times, not once`);

/** Chunks that import each other in a circle would run one's top level before the other's. */
function assertNoImportCycle(chunks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const state = new Map();
  const visit = (file, path) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open')
      throw new Error(`chunks import each other: ${[...path, file].join(' -> ')}`);
    state.set(file, 'open');
    for (const i of byName.get(file)?.imports ?? []) if (byName.has(i)) visit(i, [...path, file]);
    state.set(file, 'done');
  };
  for (const c of chunks) visit(c.fileName, []);
}
const chunks = output.filter((o) => o.type === 'chunk');
assertNoImportCycle(chunks);

// `--chunks FILE` keeps which source module went into which chunk and which chunks each imports
// (to see what a command loads).
const chunksAt = process.argv.indexOf('--chunks');
if (chunksAt > 0) {
  const rel = (id) => (id.startsWith(ROOT) ? id.slice(ROOT.length) : id.replace(/^\0/, ''));
  const account = Object.fromEntries(
    chunks.map((c) => [
      c.fileName,
      {
        bytes: c.code.length,
        imports: c.imports,
        dynamicImports: c.dynamicImports,
        modules: c.moduleIds.map(rel),
      },
    ]),
  );
  await writeFile(process.argv[chunksAt + 1], `${JSON.stringify(account, null, 1)}\n`);
}

// The package is `"type": "module"`; this folder's files are CommonJS.
await writeFile(new URL('../dist/package.json', import.meta.url), '{ "type": "commonjs" }\n');
// The bin needs its interpreter line (npm makes it executable when it installs the bin).
const cli = new URL('../dist/cli.js', import.meta.url);
await writeFile(cli, `#!/usr/bin/env node\n${await readFile(cli, 'utf8')}`);
