import canonicalize from 'canonicalize';
import * as z from 'zod';
import { CLASSIFICATIONS } from './classification.js';
import { findingSchema } from './finding.js';
import { sha256Hex } from './hash.js';
import { BANDS, RISK_LEVELS } from './policy/score.js';
import { REPORT_FORMATS } from './tests/report-formats.js';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const classification = z.enum(CLASSIFICATIONS);

const counts = z.strictObject({
  passed: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  todo: z.number().int(),
  pending: z.number().int(),
  cancelled: z.number().int(),
  total: z.number().int(),
});

/** RUNTIME_EVENT.json (SPEC §5): one per run. The JSON Schema in schema/ is generated from it. */
export const runtimeEventSchema = z.strictObject({
  /** RTE_YYYYMMDD_HHMMSS_xxxxxxxx (UTC; 8 hex of the sha256 of the canonical event with snapshot_id null). */
  event_id: z.string().regex(/^RTE_\d{8}_\d{6}_[0-9a-f]{8}$/),
  /** SNP_… when a snapshot was made, else null. */
  snapshot_id: z
    .string()
    .regex(/^SNP_\d{8}_\d{6}_[0-9a-f]{8}$/)
    .nullable(),
  /** ISO 8601 UTC. */
  timestamp: z.string(),
  commit: z.string(),
  ref: z.string().nullable(),
  event_name: z.string(),
  run: z.strictObject({
    id: z.string().nullable(),
    attempt: z.string().nullable(),
    url: z.string().nullable(),
  }),
  classification,
  findings: z.array(findingSchema),
  baseline: z.strictObject({
    /** sha256 of the authoritative manifest bytes, null when unsealed. */
    manifest_sha256: hex64.nullable(),
    /** The ref whose manifest is authoritative, null for none. */
    ref: z.string().nullable(),
    runtime_baseline_sha256: hex64.nullable(),
  }),
  /** What the tests stage counted (null when no test setting is given). */
  tests: z
    .strictObject({
      report: counts.nullable(),
      console: z
        .strictObject({
          passed: z.number().int(),
          failed: z.number().int(),
          skipped: z.number().int(),
          todo: z.number().int(),
          errors: z.number().int(),
        })
        .nullable(),
      formats: z.array(z.enum(REPORT_FORMATS)),
      signatures: z.array(z.string()),
      exitCode: z.number().int().nullable(),
      signal: z.string().nullable(),
    })
    .nullable(),
  /** What differs from the baseline, one line per finding with a diff. */
  diff: z.array(z.string()),
  /** Policy scores and runbooks (filled by the policy stage). */
  policy: z
    .strictObject({
      drift_score: z.number().min(0).max(1),
      band: z.enum(BANDS),
      risk_level: z.enum(RISK_LEVELS),
      /** Ids of the policy runbooks (content hashes). */
      runbooks: z.array(z.string()),
    })
    .nullable(),
  /** The event id that freezes this ref, or null. */
  frozen_by: z.string().nullable(),
});

/** RUNTIME_EVENT.json. */
export type RuntimeEvent = z.infer<typeof runtimeEventSchema>;
/** The workflow run that produced an event. */
export type RunInfo = RuntimeEvent['run'];

/**
 * Throws when `value` is not a RUNTIME_EVENT.json the published schema accepts: an event that
 * drifted from its contract is a defect of driftgate, caught before anything is written.
 */
export function assertRuntimeEvent(value: RuntimeEvent): void {
  const parsed = runtimeEventSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `internal: event ${value.event_id} does not match the event schema at ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
  }
}

/** Everything of an event except its id. */
export type RuntimeEventContent = Omit<RuntimeEvent, 'event_id'>;

export { sha256Hex };

/** The RFC 8785 canonical JSON text of a value. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('internal: value has no canonical JSON form');
  return text;
}

/** `<prefix>_YYYYMMDD_HHMMSS_` from an ISO UTC timestamp. */
function stamp(prefix: 'RTE' | 'SNP', timestamp: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(timestamp);
  if (!m) throw new Error(`internal: not an ISO timestamp: ${timestamp}`);
  return `${prefix}_${m[1]}${m[2]}${m[3]}_${m[4]}${m[5]}${m[6]}_`;
}

/** SPEC §5 event id: the time, then 8 hex of the sha256 of the event's canonical content. */
export function computeEventId(content: RuntimeEventContent): string {
  return stamp('RTE', content.timestamp) + sha256Hex(canonicalJson(content)).slice(0, 8);
}

/** The event with its id, computed with snapshot_id null so the snapshot can be named after the event. */
export function computeEvent(content: RuntimeEventContent): RuntimeEvent {
  return { event_id: computeEventId({ ...content, snapshot_id: null }), ...content };
}

/** SPEC §5 snapshot id: the time, then 8 hex of the sha256 of the event id and the snapshot's file hashes. */
export function computeSnapshotId(
  event: RuntimeEvent,
  files: ReadonlyMap<string, Uint8Array | string>,
): string {
  const manifest = [...files.keys()].sort().map((k) => `${sha256Hex(files.get(k)!)}  ${k}`);
  return stamp('SNP', event.timestamp) + sha256Hex(`${event.event_id}\n${manifest.join('\n')}`).slice(0, 8);
}
