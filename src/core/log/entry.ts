import { createHmac } from 'node:crypto';
import * as z from 'zod';
import { CLASSIFICATIONS } from '../classification.js';
import { canonicalJson, sha256Hex } from '../event.js';

/** prev of the first line of the log (SPEC §5). */
export const GENESIS_PREV = '0'.repeat(64);

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits');
const eventId = z.string().regex(/^RTE_\d{8}_\d{6}_[0-9a-f]{8}$/, 'expected RTE_YYYYMMDD_HHMMSS_xxxxxxxx');

const common = {
  seq: z.number().int().min(0),
  event_id: eventId,
  timestamp: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'expected an ISO 8601 UTC timestamp'),
  prev: hex64,
  mac: hex64.optional(),
};

/** An OBSERVATION: one run of the gate. */
export const observationSchema = z.strictObject({
  ...common,
  type: z.literal('OBSERVATION'),
  classification: z.enum(CLASSIFICATIONS),
  commit: z.string(),
  ref: z.string().nullable(),
  /** The observation froze every ref (it ran on the default branch). */
  freezes_all: z.boolean(),
  /** Whether it froze anything: a pull request's PRODUCT_DRIFT does not (absent in older entries: they did). */
  freezes: z.boolean().optional(),
  snapshot_id: z.string().nullable(),
  /** The event that froze this run, when it ran frozen. */
  frozen_by: eventId.nullable(),
  /** The authoritative manifest the run verified against. */
  manifest_sha256: hex64.nullable(),
  /** The manifest and runtime baseline as they were in the observed commit (what an accept would accept). */
  observed_manifest_sha256: hex64.nullable(),
  observed_runtime_baseline_sha256: hex64.nullable(),
  /**
   * The change's own config file and the workflow running the gate, when the change edits them
   * (CONFIG_CHANGED): what an accept of this event accepts (absent in older entries).
   */
  observed_config_sha256: hex64.nullable().optional(),
  observed_workflow_sha256: hex64.nullable().optional(),
  run_url: z.string().nullable(),
  findings: z.number().int().min(0),
  /** The policy drift score of the run, when it analysed policies (absent in older entries). */
  drift_score: z.number().min(0).max(1).nullable().optional(),
});

/** A DECISION: an architect's written decision on a freezing event; event_id names that event. */
export const decisionSchema = z.strictObject({
  ...common,
  type: z.literal('DECISION'),
  decision: z.enum(['accept', 'investigate', 'rollback']),
  by: z.string().min(1),
  reason: z.string().min(1),
  /** For accept of a changed manifest: the sha256 of the manifest that becomes the baseline. */
  manifest_sha256: hex64.nullable(),
  runtime_baseline_sha256: hex64.nullable(),
  /** For accept of a changed config file or workflow: the sha256 of the file that takes effect. */
  config_sha256: hex64.nullable().optional(),
  workflow_sha256: hex64.nullable().optional(),
  /** Where the decision was written (comment URL or "cli"). */
  source: z.string(),
});

/** A SEAL: a baseline recorded with `driftgate seal` (an architect's act). */
export const sealSchema = z.strictObject({
  ...common,
  type: z.literal('SEAL'),
  manifest_sha256: hex64.nullable(),
  runtime_baseline_sha256: hex64.nullable(),
  by: z.string().min(1),
});

/** One log entry. */
export const logEntrySchema = z.discriminatedUnion('type', [observationSchema, decisionSchema, sealSchema]);
export type LogEntry = z.infer<typeof logEntrySchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Decision = z.infer<typeof decisionSchema>;
/** What a caller provides: the chain fields are filled in when the entry is appended. */
export type EntryDraft = DistributiveOmit<LogEntry, 'seq' | 'prev' | 'mac'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** HMAC-SHA256 of the canonical entry without its mac. */
export function computeMac(entry: Omit<LogEntry, 'mac'>, key: string): string {
  return createHmac('sha256', key).update(canonicalJson(entry)).digest('hex');
}

/** The log line (canonical JSON, no newline) of a draft placed after `prev` at `seq`. */
export function formatEntry(
  draft: EntryDraft,
  seq: number,
  prev: string,
  key: string | null,
): { line: string; entry: LogEntry } {
  const base = { ...draft, seq, prev } as Omit<LogEntry, 'mac'>;
  const entry = (key ? { ...base, mac: computeMac(base, key) } : base) as LogEntry;
  return { line: canonicalJson(entry), entry };
}

/** An entry's id: the sha256 of its line (SPEC §5). */
export const entryId = (line: string | Uint8Array): string => sha256Hex(line);
