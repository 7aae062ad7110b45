import { rankOf, type Classification } from './classification.js';
import { sha256Hex, type RuntimeEvent } from './event.js';
import { ICON } from './render/findings.js';

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

/** One earlier run of a ref, as the governance log recorded it. */
export interface HistoryRun {
  classification: Classification;
  timestamp: string;
  run_url?: string | null;
  drift_score?: number | null;
}

/** Runs shown in a ref's history line: enough to see a trend, short enough to read at a glance. */
export const HISTORY_RUNS = 10;

/** A trusted http(s) URL (the runner's own run URLs), or null: anything else is not made a link. */
const httpUrl = (u: string | null | undefined): string | null =>
  u && /^https?:\/\/[^\s<>()]+$/.test(u) ? encodeURI(decodeURI(u)) : null;

/**
 * The history of one ref as a single line of its last runs, oldest first, each an icon with its
 * time linking to its run, then this run; a legend and the counts follow. Runs of other refs are
 * left out by the caller: a branch's history says nothing about a pull request's.
 */
export function renderHistory(
  ref: string | null,
  earlier: readonly HistoryRun[],
  current: HistoryRun,
): string {
  const runs = earlier.slice(-(HISTORY_RUNS - 1));
  const when = (t: string): string => `${t.slice(5, 10)} ${t.slice(11, 16)}`;
  const drift = (r: HistoryRun): string =>
    typeof r.drift_score === 'number' ? ` drift ${r.drift_score}` : '';
  const cells = runs.map((r) => {
    const url = httpUrl(r.run_url);
    const label = `${when(r.timestamp)}${drift(r)}`;
    return `${ICON[r.classification]} ${url ? `[${label}](${url} "${r.classification}")` : label}`;
  });
  cells.push(`${ICON[current.classification]} **this run**${drift(current)}`);
  const counts = new Map<Classification, number>();
  for (const r of [...runs, current]) counts.set(r.classification, (counts.get(r.classification) ?? 0) + 1);
  const tally = (['STABLE', 'TOOLING_DRIFT', 'PRODUCT_DRIFT', 'INCIDENT'] as const)
    .filter((c) => counts.has(c))
    .map((c) => `${ICON[c]} ${counts.get(c)} ${c}`)
    .join(' · ');
  const where = ref ? `\`${ref.replace(/[`\r\n]/g, '')}\`` : 'this ref';
  if (runs.length === 0) return `${cells[0]} — the governance log holds no earlier run of ${where}.`;
  return [
    cells.join(' → '),
    '',
    `<sub>Last ${runs.length + 1} runs of ${where} (times UTC), oldest first: ${tally}.</sub>`,
  ].join('\n');
}
