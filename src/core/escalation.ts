import { rankOf, type Classification } from './classification.js';
import { sha256Hex, type RuntimeEvent } from './event.js';

/** Labels of SPEC §2 per classification (with their colours and descriptions, created when missing). */
export const ESCALATION_LABELS: Record<
  Exclude<Classification, 'STABLE'>,
  Array<{ name: string; color: string; description: string }>
> = {
  INCIDENT: [
    {
      name: 'driftgate:incident',
      color: 'b60205',
      description: 'driftgate: an invariant or a sealed file was violated',
    },
    { name: 'priority:critical', color: 'd93f0b', description: 'Needs an architect now' },
  ],
  PRODUCT_DRIFT: [
    {
      name: 'driftgate:product-drift',
      color: 'e99695',
      description: 'driftgate: runtime behaviour differs from the baseline',
    },
  ],
  TOOLING_DRIFT: [
    {
      name: 'driftgate:tooling-drift',
      color: 'fbca04',
      description: 'driftgate: the tooling broke; the product is healthy',
    },
  ],
};

/** SPEC §2 escalation deadlines: INCIDENT immediately, PRODUCT_DRIFT within 15 minutes, TOOLING_DRIFT within 24 hours. */
const DUE_MINUTES: Record<Exclude<Classification, 'STABLE'>, number> = {
  INCIDENT: 0,
  PRODUCT_DRIFT: 15,
  TOOLING_DRIFT: 24 * 60,
};

/** When the escalation is due (ISO UTC). */
export function computeDue(event: RuntimeEvent): string {
  if (event.classification === 'STABLE') return event.timestamp;
  return new Date(Date.parse(event.timestamp) + DUE_MINUTES[event.classification] * 60_000).toISOString();
}

/** Whether the run escalates at the `escalate` threshold. */
export const escalates = (c: Classification, threshold: Classification): boolean =>
  c !== 'STABLE' && rankOf(c) >= rankOf(threshold);

/**
 * The open problem an escalation is about, so later runs (and retries, and parallel jobs) find its
 * issue again: the ref, the classification and what was found (codes, paths, signatures). The same
 * breakage on the same ref is the same problem.
 */
export function computeProblemKey(event: RuntimeEvent): string {
  const kinds = [
    ...new Set(
      event.findings
        .filter((f) => f.classification === event.classification)
        .map((f) => `${f.code}:${(f.evidence.paths ?? []).join(',')}:${f.evidence.signature ?? ''}`),
    ),
  ].sort();
  const digest = sha256Hex(`${event.ref ?? ''}\n${event.classification}\n${kinds.join('\n')}`).slice(0, 12);
  return `${event.classification.toLowerCase().replace('_', '-')}-${digest}`;
}

/** The hidden marker that finds a problem's issue again. */
export const issueMarker = (key: string): string => `<!-- driftgate:issue:${key} -->`;
/** The hidden marker of the event an issue was opened for (which may freeze later runs). */
export const eventMarker = (eventId: string): string => `<!-- driftgate:event:${eventId} -->`;

/** Markers by which a run finds its open issue: its problem, or the event that froze it. */
export function issueMarkersOf(event: RuntimeEvent): string[] {
  return [issueMarker(computeProblemKey(event)), ...(event.frozen_by ? [eventMarker(event.frozen_by)] : [])];
}
/** The hidden marker of the sticky pull request comment. */
export const COMMENT_MARKER = '<!-- driftgate:pr-comment -->';

/** A Mermaid chart of the last runs' classifications, oldest first (0 STABLE … 3 INCIDENT). */
export function renderHistoryChart(
  runs: ReadonlyArray<{ classification: Classification; drift_score?: number | null }>,
): string {
  if (runs.length === 0) return '';
  // Drift scores are drawn on the same axis, times 3 (0 → 0, 1 → 3); runs without one draw 0.
  const drift = runs.some((r) => typeof r.drift_score === 'number');
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Last ${runs.length} runs: bars 0 STABLE, 1 TOOLING_DRIFT, 2 PRODUCT_DRIFT, 3 INCIDENT${drift ? '; line: policy drift score × 3' : ''}"`,
    `  x-axis [${runs.map((_, i) => i + 1).join(', ')}]`,
    '  y-axis "classification" 0 --> 3',
    `  bar [${runs.map((r) => rankOf(r.classification)).join(', ')}]`,
    ...(drift
      ? [`  line [${runs.map((r) => Math.round((r.drift_score ?? 0) * 3 * 1000) / 1000).join(', ')}]`]
      : []),
    '```',
  ].join('\n');
}
