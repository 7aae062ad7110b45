// Writes schema/runtime-event.schema.json from the zod schema of RUNTIME_EVENT.json (src/core/event.ts).
//   node scripts/schema.mjs --write | --check
import { readFileSync, writeFileSync } from 'node:fs';
import { importTs } from './import-ts.mjs';
import { z } from 'zod';

const root = new URL('../', import.meta.url);
const mod = await importTs(['src/core/event.ts'], ['zod']);
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
