import type { PolicyAnalysis } from '../policy/analyze.js';
import { describeChange } from '../policy/diff.js';
import { sh, shortSha, type Runbook, type RunbookStep } from '../runbook/model.js';
import { codeBlock, escapeProse } from './escape.js';

/** Ends a sentence with a full stop unless it already ends with punctuation. */
const stop = (s: string): string => (/[.!?:;)]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

const ICON: Record<Runbook['severity'], string> = { low: '🟢', medium: '🟡', high: '🟠', critical: '🔴' };

/** What a rendered runbook fills in from the run; none of it is part of a runbook's id. */
export interface RunValues {
  /** The run's event, when the run wrote one. */
  eventId: string | null;
  /** Who may decide (the `architects` setting); empty: maintainers and admins. */
  architects: readonly string[];
}

const NO_RUN: RunValues = { eventId: null, architects: [] };

/** The commands of a decision step: the CLI with this run's event and decider, and the comment form. */
function decisionCommands(run: RunValues): string[] {
  const by = run.architects[0] ? ` --by ${sh(run.architects[0])}` : '';
  const id = run.eventId ? ` ${run.eventId}` : '';
  const reason = sh('the change is intended and reviewed');
  return [
    ...(run.eventId ? [`driftgate decide accept${id} --reason ${reason}${by}`] : []),
    `# ${run.eventId ? 'or ' : ''}as a new comment on the pull request or escalation issue:`,
    `/driftgate accept${id} the change is intended and reviewed`,
    `/driftgate investigate${id} the cause is not known yet`,
    `/driftgate rollback${id} the previous state is restored`,
  ];
}

/** One step: the title, then why, the commands, artifacts and the check, each on its own line. */
function renderStep(s: RunbookStep, i: number, run: RunValues): string[] {
  const commands = s.decide ? [...s.commands, ...decisionCommands(run)] : s.commands;
  const lines = [`${i + 1}. **${escapeProse(stop(s.title))}**`, '', `   Why: ${escapeProse(stop(s.why))}`];
  if (commands.length) lines.push('', ...codeBlock(commands, '   '));
  if (s.artifacts.length === 1) lines.push('', `   Artifacts: ${escapeProse(stop(s.artifacts[0]!))}`);
  if (s.artifacts.length > 1)
    lines.push('', '   Artifacts:', '', ...s.artifacts.map((x) => `   - ${escapeProse(x)}`));
  lines.push('', `   Verify: ${escapeProse(stop(s.verify))}`, '');
  return lines;
}

/** One runbook as Markdown: heading with severity and id, trigger, purpose, numbered steps. */
export function renderRunbook(book: Runbook, level = 3, run: RunValues = NO_RUN): string {
  const t = book.trigger;
  const lines = [
    `${'#'.repeat(level)} ${ICON[book.severity]} ${escapeProse(book.title)} · ${book.severity} · \`${book.id}\``,
    '',
    `**Trigger:** ${escapeProse(t.comparator === '=' && t.value === t.threshold ? `${t.signal} is ${t.value}` : `${t.signal} ${t.value} ${t.comparator} ${t.threshold}`)}`,
    '',
    escapeProse(book.purpose),
    '',
  ];
  book.steps.forEach((s, i) => lines.push(...renderStep(s, i, run)));
  if (book.escalation) lines.push(`**Escalation:** ${escapeProse(book.escalation)}.`, '');
  if (book.decisions.length)
    lines.push(`**Decisions expected:** ${book.decisions.map(escapeProse).join(' · ')}.`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The `runbook` output file: every runbook of the run, the classification's first. */
export function renderRunbooks(books: readonly Runbook[], run: RunValues = NO_RUN): string {
  return [
    '# driftgate runbooks',
    '',
    books.map((b) => `- \`${b.id}\` ${escapeProse(b.title)} (${b.severity})`).join('\n'),
    '',
    ...books.map((b) => renderRunbook(b, 2, run)),
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
