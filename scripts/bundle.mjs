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
import { builtinModules } from 'node:module';
import { readFile, rm, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

// CommonJS dependencies (tinyglobby's fdir, …) call require(): every ESM output file gets one, and
// dropUnusedShim takes it out again from the files that never name it.
const requireShim = "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);";

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

/**
 * fdir (under tinyglobby) looks for picomatch with require() when it is loaded, for a glob API
 * tinyglobby does not use (it passes its own matcher). Next to the bundle that finds the
 * node_modules copy of an installed checkout and loads its six CommonJS files on every run that
 * globs. The lookup is dropped; the build fails if fdir's code no longer has it in this form.
 */
const FDIR_PICOMATCH =
  /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;
const fdirPlugin = {
  name: 'driftgate-fdir',
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!FDIR_PICOMATCH.test(text))
        throw new Error(`${args.path}: the picomatch lookup is not where the bundle expects it`);
      return { contents: text.replace(FDIR_PICOMATCH, ''), loader: 'js' };
    });
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
  plugins: [entryPlugin, fdirPlugin],
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

/**
 * Node's built-in modules are taken with process.getBuiltinModule (Node >= 20.16), not imported.
 * An ESM import of a built-in builds its namespace from every export, and that runs the lazy ones:
 * `import { parseArgs } from 'node:util'` loads node:stream, node:net and node:worker_threads,
 * `import … from 'node:fs'` the streams, about 10 ms of a 45 ms `node -e 0` on Node 24.
 * Destructuring reads only the names the chunk uses. esbuild writes an import of an external as
 * one statement at the top of the chunk, so the rewrite is exact; any other form of import of a
 * built-in fails the build rather than pass unchanged.
 */
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const IMPORT =
  /^import\s*(?:([\w$]+)\s*,?\s*)?(?:\*\s*as\s+([\w$]+)|\{([^}]*)\})?\s*(?:from\s*)?"([^"]+)";$/gm;
function takeBuiltins(code, file) {
  const out = code.replace(IMPORT, (statement, whole, namespace, names, spec) => {
    if (!builtins.has(spec)) return statement;
    const module = `process.getBuiltinModule(${JSON.stringify(spec.startsWith('node:') ? spec : `node:${spec}`)})`;
    const bindings = names
      ?.split(',')
      .map((n) => n.trim())
      .filter(Boolean)
      .map((n) => n.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, '$1: $2'));
    const target = whole ?? namespace;
    if (!target && !bindings) return `${module};`;
    const lines = target ? [`const ${target} = ${module};`] : [];
    if (whole && namespace) lines.push(`const ${namespace} = ${whole};`);
    if (bindings) lines.push(`const { ${bindings.join(', ')} } = ${target ?? module};`);
    return lines.join('\n');
  });
  for (const [, spec] of out.matchAll(/^(?:import|export)\b[^;]*?["']([^"']+)["'];?$/gm))
    if (builtins.has(spec)) throw new Error(`${file}: an import of ${spec} the bundle could not rewrite`);
  return out;
}

/**
 * The require shim stays only in files whose code names `require` (the CommonJS dependencies and
 * esbuild's helper that calls it); in the others it made a CommonJS loader for nothing, once per
 * file a command loads (about 1 ms of a one-file `verify` under Node 20).
 */
function dropUnusedShim(code, file) {
  if (!code.startsWith(requireShim)) throw new Error(`${file}: the require shim is not its first line`);
  const rest = code.slice(requireShim.length).replace(/^\n/, '');
  return /\brequire\b/.test(rest) ? code : rest;
}

/** Chunks that import each other in a circle would run one's top level before the other's. */
function assertNoImportCycle(outputs) {
  const state = new Map();
  const visit = (file, path) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open')
      throw new Error(`chunks import each other: ${[...path, file].join(' -> ')}`);
    state.set(file, 'open');
    for (const i of outputs[file]?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external) visit(i.path, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of Object.keys(outputs)) visit(file, []);
}

assertNoImportCycle(result.metafile.outputs);
for (const file of Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))) {
  const url = new URL(`../${file}`, import.meta.url);
  await writeFile(url, dropUnusedShim(takeBuiltins(await readFile(url, 'utf8'), file), file));
}

// The bin needs its interpreter line (npm makes it executable when it installs the bin).
const cli = new URL('../dist/cli.js', import.meta.url);
await writeFile(cli, `#!/usr/bin/env node\n${await readFile(cli, 'utf8')}`);
