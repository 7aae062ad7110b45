import type { RuntimeEvent } from '../event.js';
import { CLASSIFICATION_RUNBOOKS } from '../runbook/classification-runbook.js';
import { escapeMarkdown } from './escape.js';

/** Fills templates/INCIDENT_TEMPLATE.md's {{placeholders}} with the event's facts; an unknown placeholder is left as written. */
export function renderIncidentReport(template: string, event: RuntimeEvent, logLink: string | null): string {
  const book = CLASSIFICATION_RUNBOOKS[event.classification];
  const values: Record<string, string> = {
    event_id: event.event_id,
    snapshot_id: event.snapshot_id ? `\`${event.snapshot_id}\`` : 'none',
    commit: event.commit,
    ref: escapeMarkdown(event.ref ?? '(none)'),
    classification: event.classification,
    timestamp: event.timestamp,
    run_url: event.run.url
      ? `[${event.run.id ?? 'run'}](${encodeURI(event.run.url)})`
      : '(not in a workflow run)',
    log_link: logLink ? escapeMarkdown(logLink) : '(not recorded)',
    baseline: event.baseline.manifest_sha256
      ? `manifest sha256 \`${event.baseline.manifest_sha256}\`${event.baseline.ref ? ` at \`${event.baseline.ref}\`` : ''}`
      : 'not sealed',
    reasons: event.findings.length
      ? event.findings
          .map((f) => `- **${f.classification}** ${f.code}: ${escapeMarkdown(f.message)}`)
          .join('\n')
      : '- (no finding)',
    diff: event.diff.length
      ? event.diff.map((d) => `- ${escapeMarkdown(d)}`).join('\n')
      : 'No diff recorded.',
    runbook: [
      ...book.actions.map((a, i) => `${i + 1}. ${a}`),
      '',
      `Escalation: ${book.escalation ?? 'none'}.`,
    ].join('\n'),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
