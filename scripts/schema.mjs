// Writes schema/runtime-event.schema.json from the zod schema of RUNTIME_EVENT.json (src/core/event.ts).
//   node scripts/schema.mjs --write | --check
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { z } from 'zod';

const root = new URL('../', import.meta.url);
const out = await build({
  entryPoints: [new URL('src/core/event.ts', root).pathname],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
  external: ['zod'],
});
const mod = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text.replace(/from "zod"/g, `from "${import.meta.resolve('zod')}"`)).toString('base64')}`
);
const schema = {
  title: 'RUNTIME_EVENT.json',
  ...z.toJSONSchema(mod.runtimeEventSchema, { target: 'draft-2020-12' }),
};
const text = `${JSON.stringify(schema, null, 2)}\n`;
const path = new URL('schema/runtime-event.schema.json', root);
if (process.argv.includes('--check')) {
  if (readFileSync(path, 'utf8') !== text) {
    console.error('schema/runtime-event.schema.json is out of date: run npm run docs');
    process.exit(1);
  }
} else writeFileSync(path, text);
