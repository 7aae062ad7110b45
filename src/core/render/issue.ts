import type { RuntimeEvent } from '../event.js';
import { computeDue, eventMarker, issueMarker } from '../escalation.js';
import { renderFacts, type CommentLinks } from './comment.js';
import { escapeMarkdown } from './escape.js';
import { policyLines, type PolicySection } from './summary.js';

/** GitHub issue titles are capped at 256 characters; a short one reads better in lists. */
const MAX_TITLE = 120;

/** Titles are plain text (entities would show as typed): angle brackets become look-alikes, mentions are broken. */
export const plainTitle = (s: string): string =>
  s
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/@/g, '@\u200b');

/** An escalation issue: title and body (SPEC §2: facts, due time, architects mentioned, the report). */
export function renderEscalationIssue(
  event: RuntimeEvent,
  key: string,
  architects: readonly string[],
  report: string | null,
  links: CommentLinks,
  policy: PolicySection | null = null,
): { title: string; body: string } {
  const first = event.findings.find((f) => f.classification === event.classification);
  const what = (first?.message ?? 'deviation from the baseline').replace(/[\r\n]+/g, ' ');
  const title = plainTitle(`driftgate ${event.classification}: ${what}`).slice(0, MAX_TITLE);
  const mentions = architects.map((a) => `@${a.replace(/[^A-Za-z0-9-]/g, '')}`).join(' ');
  const body = [
    issueMarker(key),
    eventMarker(event.event_id),
    `**${event.classification}** · due **${computeDue(event)}** (UTC)${mentions ? ` · ${mentions}` : ''}`,
    '',
    report ??
      [
        '## Facts',
        '',
        ...renderFacts(event, links),
        '',
        '## Reasons',
        '',
        ...event.findings
          .filter((f) => f.classification !== 'STABLE')
          .slice(0, 50)
          .map((f) => `- ${f.code}: ${escapeMarkdown(f.message).slice(0, 600)}`),
        ...(event.diff.length
          ? [
              '',
              '## Diff with the baseline',
              '',
              ...event.diff.slice(0, 50).map((d) => `- ${escapeMarkdown(d).slice(0, 400)}`),
            ]
          : []),
      ].join('\n'),
  ].join('\n');
  const withPolicy = policy ? [body, ...policyLines(policy)].join('\n') : body;
  return { title, body: (withPolicy.length <= 65_000 ? withPolicy : body).slice(0, 65_000) };
}

/** The comment a later run with the same problem leaves on its issue. */
export function renderIssueUpdate(event: RuntimeEvent, links: CommentLinks): string {
  return [
    `driftgate saw this problem again: **${event.classification}** in \`${event.event_id}\`.`,
    '',
    ...renderFacts(event, links),
  ].join('\n');
}
