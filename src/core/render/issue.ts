import type { RuntimeEvent } from '../event.js';
import { computeDue, eventMarker, issueMarker } from '../escalation.js';
import { computeExtraDiff, renderFacts, renderWhere, type CommentLinks } from './comment.js';
import { escapeMarkdown } from './escape.js';
import { COMMENT_LIMITS, renderFindingItem, sortBySeverity } from './findings.js';
import { policyLines, renderDecisionHint, renderVerdictLine, type PolicySection } from './summary.js';

/** GitHub caps issue titles at 256 characters; a short one reads better in lists. */
export const MAX_TITLE = 120;
/** GitHub rejects bodies over 65,536 characters; kept under with room for the markers. */
const MAX_BODY = 65_000;

/** Titles are plain text (entities would show as typed): angle brackets become look-alikes, mentions are broken. */
export const plainTitle = (s: string): string =>
  s
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/@/g, '@\u200b');

/** Cuts a title at the last word boundary that fits, with an ellipsis; never inside a word. */
export function computeTitle(text: string, max = MAX_TITLE): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const room = t.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  // A single word longer than the room (a long path) is cut at the room all the same.
  const kept = (space > max / 2 ? room.slice(0, space) : room).replace(/[\s,:;·(›>-]+$/, '');
  return `${kept}…`;
}

/** An escalation issue: title and body (facts, due time, architects mentioned, the report or the findings). */
export function renderEscalationIssue(
  event: RuntimeEvent,
  key: string,
  architects: readonly string[],
  report: string | null,
  links: CommentLinks,
  policy: PolicySection | null = null,
): { title: string; body: string } {
  const first = sortBySeverity(event.findings).find((f) => f.classification === event.classification);
  const what = (first?.message ?? 'deviation from the baseline').replace(/[\r\n]+/g, ' ');
  const title = computeTitle(plainTitle(`driftgate ${event.classification}: ${what}`));
  const mentions = architects.map((a) => `@${a.replace(/[^A-Za-z0-9-]/g, '')}`).join(' ');
  const findings = sortBySeverity(event.findings.filter((f) => f.classification !== 'STABLE'));
  const diff = computeExtraDiff(event);
  const decision = renderDecisionHint(event);
  const head = [
    issueMarker(key),
    eventMarker(event.event_id),
    // PRODUCT_DRIFT and INCIDENT always fail; a TOOLING_DRIFT escalation fails only with fail-on.
    renderVerdictLine(event, event.classification !== 'TOOLING_DRIFT', 'the check'),
    '',
    `On ${renderWhere(event, links)} · due **${computeDue(event)}** (UTC)${mentions ? ` · ${mentions}` : ''}`,
    ...(decision ? ['', decision] : []),
    '',
  ];
  const findingsPart = [
    `## Findings (${findings.length})`,
    '',
    ...findings.slice(0, 50).flatMap((f) => renderFindingItem(f, COMMENT_LIMITS)),
    ...(findings.length > 50 ? ['', `… and ${findings.length - 50} more in RUNTIME_EVENT.json.`] : []),
    ...(diff.length
      ? [
          '',
          '## Diff with the baseline',
          '',
          ...diff.slice(0, 50).map((d) => `- ${escapeMarkdown(d).slice(0, 400)}`),
        ]
      : []),
  ];
  const facts = ['## Facts', '', ...renderFacts(event, links)];
  // The INCIDENT_REPORT carries the facts already; the findings with their evidence come first.
  const body = [...head, ...findingsPart, '', ...(report ? [report] : facts)].join('\n');
  const withPolicy = policy ? [body, ...policyLines(policy)].join('\n') : body;
  return { title, body: (withPolicy.length <= MAX_BODY ? withPolicy : body).slice(0, MAX_BODY) };
}

/** The comment a later run with the same problem leaves on its issue: the verdict first, then the facts. */
export function renderIssueUpdate(event: RuntimeEvent, links: CommentLinks): string {
  return [
    renderVerdictLine(event, event.classification !== 'TOOLING_DRIFT', 'the check'),
    '',
    `The same problem again, in \`${event.event_id}\` on ${renderWhere(event, links)}.`,
    '',
    ...renderFacts(event, links),
  ].join('\n');
}
