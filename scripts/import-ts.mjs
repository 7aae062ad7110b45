// Imports the project's TypeScript sources from a plain Node script: esbuild bundles them in memory.
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The exports of the given project files (paths relative to the repository root), as one module.
 * Packages listed in `external` stay shared with the caller (the same zod instance, for instance).
 */
export async function importTs(files, external = []) {
  const contents = files.map((f) => `export * from ${JSON.stringify(`${root}/${f}`)};`).join('\n');
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
    external,
  });
  let text = out.outputFiles[0].text;
  for (const pkg of external) text = text.replaceAll(`from "${pkg}"`, `from "${import.meta.resolve(pkg)}"`);
  return import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`);
}
