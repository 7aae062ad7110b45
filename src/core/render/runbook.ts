import type { PolicyAnalysis } from '../policy/analyze.js';
import { describeChange } from '../policy/diff.js';
import { shortSha, type Runbook } from '../runbook/model.js';
import { codeBlock, escapeProse } from './escape.js';

/** Ends a sentence with a full stop unless it already ends with punctuation. */
const stop = (s: string): string => (/[.!?:;)]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

const ICON: Record<Runbook['severity'], string> = { low: '🟢', medium: '🟡', high: '🟠', critical: '🔴' };

/** One runbook as Markdown: heading with severity and id, trigger, purpose, numbered steps. */
export function renderRunbook(book: Runbook, level = 3): string {
  const t = book.trigger;
  const lines = [
    `${'#'.repeat(level)} ${ICON[book.severity]} ${escapeProse(book.title)} · ${book.severity} · \`${book.id}\``,
    '',
    `**Trigger:** ${escapeProse(t.comparator === '=' && t.value === t.threshold ? `${t.signal} is ${t.value}` : `${t.signal} ${t.value} ${t.comparator} ${t.threshold}`)}`,
    '',
    escapeProse(book.purpose),
    '',
  ];
  book.steps.forEach((s, i) => {
    lines.push(`${i + 1}. **${escapeProse(stop(s.title))}** Why: ${escapeProse(stop(s.why))}`);
    if (s.commands.length) lines.push('', ...codeBlock(s.commands, '   '), '');
    if (s.artifacts.length) lines.push(`   Artifacts: ${escapeProse(stop(s.artifacts.join('; ')))}`);
    lines.push(`   Verify: ${escapeProse(stop(s.verify))}`);
  });
  if (book.escalation) lines.push('', `**Escalation:** ${escapeProse(book.escalation)}.`);
  if (book.decisions.length)
    lines.push('', `**Decisions expected:** ${book.decisions.map(escapeProse).join(' · ')}.`);
  return `${lines.join('\n')}\n`;
}

/** The `runbook` output file: every runbook of the run, the classification's first. */
export function renderRunbooks(books: readonly Runbook[]): string {
  return [
    '# driftgate runbooks',
    '',
    books.map((b) => `- \`${b.id}\` ${escapeProse(b.title)} (${b.severity})`).join('\n'),
    '',
    ...books.map((b) => renderRunbook(b, 2)),
  ].join('\n');
}

/** The policy figures as Markdown: scores, then each signal with intensity, confidence and value. */
export function renderPolicyScores(a: PolicyAnalysis): string {
  const diff = a.diff
    .slice(0, 20)
    .map(
      (d) => `| ${escapeProse(d.project)} | ${escapeProse(d.id)} | ${describeChange(d)} | ${d.direction} |`,
    );
  return [
    `**Policy drift ${a.drift.score}** (${a.drift.band}) · risk **${a.risk.level}** · volatility ${a.volatility} · federated stability ${a.stability} · ${a.replay.flipped} of ${a.replay.lines} traced decisions flip · ${a.contradictions.static.length + a.contradictions.dynamic.length} contradictions`,
    '',
    '| signal | severity | intensity | confidence | value | detail |',
    '|---|---|---|---|---|---|',
    ...a.signals.map(
      (s) =>
        `| ${s.title} | ${s.severity} | ${s.intensity} | ${s.confidence} | ${s.value} | ${escapeProse(s.detail)} |`,
    ),
    ...(diff.length
      ? [
          '',
          `Rule changes ${a.base ? `since \`${shortSha(a.base)}\`` : ''}:`,
          '',
          '| project | rule | change | direction |',
          '|---|---|---|---|',
          ...diff,
          ...(a.diff.length > 20 ? [`| | … and ${a.diff.length - 20} more | | |`] : []),
        ]
      : []),
    '',
  ].join('\n');
}
