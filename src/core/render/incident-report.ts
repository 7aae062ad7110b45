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
  return neutralizeTemplate(template).replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? values[key]! : whole,
  );
}

/**
 * A template is text someone committed, posted under the gate's name: it may not notify anyone,
 * load an image (a tracking pixel, a fake green badge) or carry HTML (hidden markers, comments
 * that hide text, forms). Mentions are broken with a zero-width space, images keep only their
 * alternative text, and every tag or comment opener is shown as text. Markdown structure stays.
 */
export function neutralizeTemplate(template: string): string {
  return template
    .replace(/\r\n?/g, '\n')
    .replace(/!\[([^\]\n]*)\]\s*(\([^)\n]*\)|\[[^\]\n]*\])/g, (_m, alt: string) => alt)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/(^|[^A-Za-z0-9_`])@(?=[A-Za-z0-9])/g, '$1@&#8203;');
}
