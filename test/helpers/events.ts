import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

let validate: ValidateFunction | null = null;

/** The published schema of RUNTIME_EVENT.json, compiled once. */
function validator(): ValidateFunction {
  validate ??= new Ajv2020({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(new URL('../../schema/runtime-event.schema.json', import.meta.url), 'utf8')),
  );
  return validate;
}

/** Every RUNTIME_EVENT.json a run wrote in `workspace`: in events/ and in each snapshot. */
export function eventFilesIn(workspace: string): string[] {
  const events = join(workspace, 'governance/runtime/events');
  const snapshots = join(workspace, 'governance/runtime/snapshots');
  return [
    ...(existsSync(events) ? readdirSync(events) : [])
      .filter((f) => /^RTE_\d{8}_\d{6}_[0-9a-f]{8}\.json$/.test(f))
      .map((f) => join(events, f)),
    ...(existsSync(snapshots) ? readdirSync(snapshots) : [])
      .map((s) => join(snapshots, s, 'RUNTIME_EVENT.json'))
      .filter((f) => existsSync(f)),
  ];
}

/** The schema errors of every event written in `workspace` (file → errors), empty when all validate. */
export function schemaErrorsOfEvents(workspace: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  const v = validator();
  for (const file of eventFilesIn(workspace)) {
    if (!v(JSON.parse(readFileSync(file, 'utf8')))) out[file] = v.errors ?? [];
  }
  return out;
}
