// Builds the committed bundles: dist/index.js (the Action) and dist/cli.js (the `driftgate` bin).
// Deterministic: same sources and lockfile give the same bytes (CI compares with git).
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

// CommonJS dependencies (simple-git's debug, …) call require(); give the ESM bundle one.
const requireShim =
  "import { createRequire as __driftgateCreateRequire } from 'node:module';\nconst require = __driftgateCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'eof',
  // Name modules by the path they have in the checkout, not the symlink target: a worktree whose
  // node_modules is a link to another checkout must bundle to the same bytes.
  preserveSymlinks: true,
  define: { __DRIFTGATE_VERSION__: JSON.stringify(pkg.version) },
};

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  banner: { js: requireShim },
});
await build({
  ...common,
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});
