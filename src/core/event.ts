import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Classification } from './classification.js';
import type { Finding } from './finding.js';
import type { TestsSummary } from './tests/decide.js';

/** The workflow run that produced an event. */
export interface RunInfo {
  id: string | null;
  attempt: string | null;
  url: string | null;
}

/** RUNTIME_EVENT.json (SPEC §5): one per run. */
export interface RuntimeEvent {
  /** RTE_YYYYMMDD_HHMMSS_xxxxxxxx (UTC; 8 hex of the content hash). */
  event_id: string;
  /** SNP_… when a snapshot was made, else null. */
  snapshot_id: string | null;
  /** ISO 8601 UTC. */
  timestamp: string;
  commit: string;
  ref: string | null;
  event_name: string;
  run: RunInfo;
  classification: Classification;
  findings: Finding[];
  baseline: {
    /** sha256 of the authoritative manifest bytes, null when unsealed. */
    manifest_sha256: string | null;
    /** The ref whose manifest is authoritative, null for none. */
    ref: string | null;
    runtime_baseline_sha256: string | null;
  };
  /** What the tests stage counted (null when no test setting is given). */
  tests: TestsSummary | null;
  /** What differs from the baseline, one line per finding with a diff. */
  diff: string[];
  /** Policy scores and runbooks (filled by the policy stage). */
  policy: { drift_score: number; risk_level: string; runbooks: string[] } | null;
  /** The event id that freezes this ref, or null. */
  frozen_by: string | null;
}

/** Everything of an event except its id. */
export type RuntimeEventContent = Omit<RuntimeEvent, 'event_id'>;

/** Lowercase hex sha256 of bytes or a string. */
export const sha256Hex = (data: Uint8Array | string): string =>
  createHash('sha256').update(data).digest('hex');

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

/** The event with its id. */
export function computeEvent(content: RuntimeEventContent): RuntimeEvent {
  return { event_id: computeEventId(content), ...content };
}
