import type { RuntimeEvent } from '../event.js';
import { CLASSIFICATION_RUNBOOKS } from '../runbook/classification-runbook.js';
import { escapeMarkdown } from './escape.js';

/** The classification runbook of SPEC §2 for one event, as Markdown (the `runbook` output file). */
export function renderClassificationRunbook(event: RuntimeEvent): string {
  const book = CLASSIFICATION_RUNBOOKS[event.classification];
  const lines = [
    `# Runbook: ${event.classification}`,
    '',
    `${book.meaning} The job ${book.job}.`,
    '',
    '## Escalation facts',
    '',
    `- event_id: \`${event.event_id}\``,
    `- snapshot_id: ${event.snapshot_id ? `\`${event.snapshot_id}\`` : 'none'}`,
    `- commit: \`${event.commit}\``,
    `- classification: ${event.classification}`,
    `- timestamp (UTC): ${event.timestamp}`,
    `- baseline: ${event.baseline.manifest_sha256 ? `manifest sha256 \`${event.baseline.manifest_sha256}\`` : 'not sealed'}${event.baseline.ref ? ` at \`${event.baseline.ref}\`` : ''}`,
    '',
    '## Steps',
    '',
    ...book.actions.map((a, i) => `${i + 1}. ${a}`),
    '',
    `Escalation: ${book.escalation ?? 'none'}.`,
  ];
  if (book.decisions.length)
    lines.push('', '## Decisions expected', '', ...book.decisions.map((d) => `- ${d}`));
  if (event.diff.length)
    lines.push('', '## Diff with the baseline', '', ...event.diff.map((d) => `- ${escapeMarkdown(d)}`));
  if (event.findings.length) {
    lines.push(
      '',
      '## Reasons',
      '',
      ...event.findings.map((f) => `- ${f.classification} ${f.code}: ${escapeMarkdown(f.message)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
