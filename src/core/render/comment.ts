import type { RuntimeEvent } from '../event.js';
import { COMMENT_MARKER } from '../escalation.js';
import { CLASSIFICATION_RUNBOOKS } from '../runbook/classification-runbook.js';
import { escapeMarkdown } from './escape.js';
import { ICON, policyLines, type PolicySection } from './summary.js';

/** GitHub rejects issue and PR comments over 65,536 characters (REST API: "body is too long"). */
export const MAX_COMMENT_CHARS = 65_536;
/** What stands for the runbooks when they do not fit in the comment. */
const RUNBOOKS_ELSEWHERE =
  'The runbooks are in the job summary and in the `runbook` output file of the run.\n';
/** Findings listed before "and N more". */
const MAX_ROWS = 50;

/** What the comment links to. */
export interface CommentLinks {
  logUrl: string | null;
  runUrl: string | null;
  summaryUrl: string | null;
  chart: string;
}

/** Escalation facts of SPEC §2, as Markdown lines. */
export function renderFacts(event: RuntimeEvent, links: CommentLinks): string[] {
  return [
    `- event_id: \`${event.event_id}\``,
    `- snapshot_id: ${event.snapshot_id ? `\`${event.snapshot_id}\`` : 'none'}`,
    `- commit: \`${event.commit}\``,
    `- classification: ${event.classification}`,
    `- timestamp (UTC): ${event.timestamp}`,
    `- governance log: ${links.logUrl ? escapeMarkdown(links.logUrl) : 'not recorded'}`,
    `- frozen by: ${event.frozen_by ? `\`${event.frozen_by}\`` : 'nothing'}`,
  ];
}

/** The sticky PR comment: verdict, findings, runbook, facts, links; never over the limit. */
export function renderPrComment(
  event: RuntimeEvent,
  fails: boolean,
  links: CommentLinks,
  policy: PolicySection | null = null,
): string {
  const c = event.classification;
  const book = CLASSIFICATION_RUNBOOKS[c];
  const head = [
    COMMENT_MARKER,
    `### ${ICON[c]} driftgate: ${c} — ${fails ? 'the check fails' : 'the check passes'} · \`${event.event_id}\`${event.frozen_by ? ` · frozen by \`${event.frozen_by}\`` : ''}${event.policy ? ` · drift ${event.policy.drift_score} (${event.policy.band}) · risk ${event.policy.risk_level}` : ''}`,
    '',
  ];
  const rows = event.findings.filter((f) => f.classification !== 'STABLE');
  const table = rows.length
    ? [
        '| | finding | code |',
        '|---|---|---|',
        ...rows
          .slice(0, MAX_ROWS)
          .map(
            (f) => `| ${ICON[f.classification]} | ${escapeMarkdown(f.message).slice(0, 600)} | ${f.code} |`,
          ),
        ...(rows.length > MAX_ROWS
          ? ['', `… and ${rows.length - MAX_ROWS} more findings in the job summary and RUNTIME_EVENT.json.`]
          : []),
      ]
    : ['No finding: every stage matched its baseline.'];
  const diff = event.diff.slice(0, MAX_ROWS).map((d) => `- ${escapeMarkdown(d).slice(0, 400)}`);
  if (event.diff.length > MAX_ROWS) diff.push(`- … and ${event.diff.length - MAX_ROWS} more`);
  const tail = [
    '',
    '<details><summary>What the runbook says</summary>',
    '',
    ...book.actions.map((a, i) => `${i + 1}. ${a}`),
    '',
    `Escalation: ${book.escalation ?? 'none'}.`,
    ...(book.decisions.length
      ? [
          '',
          `Decide with a comment: \`/driftgate accept|investigate|rollback ${event.frozen_by ?? event.event_id} reason\``,
        ]
      : []),
    '',
    '</details>',
    '',
    ...(policy ? [...policyLines(policy), ''] : []),
    '<details><summary>Escalation facts</summary>',
    '',
    ...renderFacts(event, links),
    ...(diff.length ? ['', 'Diff with the baseline:', '', ...diff] : []),
    '',
    '</details>',
    ...(links.chart ? ['', links.chart] : []),
    '',
    [
      links.runUrl ? `[workflow run](${encodeURI(links.runUrl)})` : '',
      links.summaryUrl ? `[job summary](${encodeURI(links.summaryUrl)})` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  ];
  const full = [...head, ...table, ...tail].join('\n');
  if (full.length <= MAX_COMMENT_CHARS) return full;
  if (policy && policy.runbooks !== RUNBOOKS_ELSEWHERE)
    return renderPrComment(event, fails, links, { ...policy, runbooks: RUNBOOKS_ELSEWHERE });
  return [
    ...head,
    `${rows.length} findings: too many for a comment. They are all in the job summary${links.runUrl ? ` of the [workflow run](${encodeURI(links.runUrl)})` : ''} and in RUNTIME_EVENT.json.`,
    '',
    ...renderFacts(event, links),
  ].join('\n');
}
