import type { Classification } from '../classification.js';
import type { RuntimeEvent } from '../event.js';
import { escapeMarkdown } from './escape.js';
import { ICON, renderFindingItem, sortBySeverity, SUMMARY_LIMITS } from './findings.js';

export { ICON } from './findings.js';

/** GitHub's limit for one step's job summary (docs: "Step isolation and limits"). */
export const MAX_SUMMARY_BYTES = 1_048_576;
/** Room kept for the verdict, the runbook and the closing lines when the findings are cut. */
const SUMMARY_RESERVE_BYTES = 16_384;

/** The policy part of the summary and of the pull request comment. */
export interface PolicySection {
  /** renderPolicyScores; empty when the repository has no policies. */
  scores: string;
  /** Every runbook of the run (the classification's first), each rendered once. */
  runbooks: string;
  /** Titles of the policy archetype runbooks that triggered. */
  triggered: string[];
}

/**
 * The policy scores, then the runbooks under one summary line. The scores' first line stays in
 * sight; the signal table is folded unless `open.scores` (a run the policies made fail or warn).
 * The runbooks are folded unless `open.runbooks` (an INCIDENT), so a summary reads at a glance.
 */
export function policyLines(p: PolicySection, open: { scores?: boolean; runbooks?: boolean } = {}): string[] {
  const cut = p.scores.indexOf('\n\n');
  const scores =
    !p.scores || open.scores || cut < 0
      ? p.scores
      : [
          p.scores.slice(0, cut),
          '',
          '<details><summary>Signals and rule changes</summary>',
          '',
          p.scores.slice(cut + 2).trim(),
          '',
          '</details>',
          '',
        ].join('\n');
  return [
    ...(scores ? ['', '### Policy', '', scores] : []),
    '',
    `<details${open.runbooks ? ' open' : ''}><summary>Runbooks${p.triggered.length ? `: ${p.triggered.join(', ')}` : ''}</summary>`,
    '',
    p.runbooks,
    '</details>',
  ];
}

/** What each verdict means for the job, in the words of the first line. */
const MEANING: Record<Classification, string> = {
  STABLE: 'nothing differs from the baseline',
  TOOLING_DRIFT: 'the tooling broke; the product looks healthy',
  PRODUCT_DRIFT: 'the product behaves differently from its baseline',
  INCIDENT: 'a sealed file, the baseline or an invariant was violated',
};

/**
 * The first line of every summary, comment and issue: the verdict and what it means for the job.
 * (`### 🟠 driftgate: PRODUCT_DRIFT — the job fails: the product behaves differently from its baseline`)
 */
export function renderVerdictLine(event: RuntimeEvent, fails: boolean, subject = 'the job'): string {
  const c = event.classification;
  const outcome = fails
    ? `${subject} **fails**${c === 'INCIDENT' ? ' and blocks the merge' : ''}`
    : `${subject} passes${c === 'TOOLING_DRIFT' ? ' with warnings' : ''}`;
  const frozen = event.frozen_by && event.frozen_by !== event.event_id ? ' (frozen)' : '';
  return `${ICON[c]} driftgate: ${c}${frozen} — ${outcome}: ${MEANING[c]}`;
}

/** A trusted http(s) URL as a Markdown link target, or null when it is not one (a CLI path, say). */
export function linkTarget(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s<>()]+$/.test(url) ? encodeURI(decodeURI(url)) : null;
}

/** A trusted link, or the text in a code span when it is not a URL. */
export function renderLink(text: string, url: string | null | undefined): string {
  const target = linkTarget(url);
  if (target) return `[${text}](${target})`;
  return url ? `${text} \`${url.replace(/[`\r\n]/g, '')}\`` : text;
}

/**
 * The event a decision is expected on: the freezing event when the run is frozen (the run that
 * creates a freeze included), else this run's event when it freezes its ref — an INCIDENT, or a
 * PRODUCT_DRIFT outside pull requests (a pull request's next commit is judged afresh).
 */
export function computeDecisionEvent(event: RuntimeEvent): string | null {
  const pr = event.event_name.startsWith('pull_request');
  const freezes = event.classification === 'INCIDENT' || (event.classification === 'PRODUCT_DRIFT' && !pr);
  return event.frozen_by ?? (freezes ? event.event_id : null);
}

/** What to decide on and how, or what to do next when nothing is frozen. */
export function renderDecisionHint(event: RuntimeEvent): string | null {
  const id = computeDecisionEvent(event);
  if (!id) {
    return event.classification === 'PRODUCT_DRIFT'
      ? '**Next:** a pull request is not frozen by a PRODUCT_DRIFT; fix the change and push, the next commit is judged afresh.'
      : null;
  }
  const who = id === event.event_id ? 'this run' : `\`${id}\``;
  return `**Decision expected:** this ref is frozen by ${who} until an architect comments \`/driftgate accept ${id}\` followed by the reason (or \`investigate\`, \`rollback\` in place of \`accept\`). \`accept\` makes this state the new baseline.`;
}

/** What the summary shows besides the event. */
export interface SummaryInput {
  event: RuntimeEvent;
  fails: boolean;
  /** Where RUNTIME_EVENT.json was written (workspace-relative), if it was. */
  reportPath: string | null;
  /** Counts of the seal stage. */
  seal: { manifest: string; entries: number; ok: number; authoritative: string };
  /** The governance log entry this run appended (or could not push). */
  log?: { line: string; pushed: boolean; url: string | null; keptAt?: string | null } | null;
  /** The policy scores and every runbook of the run, rendered. */
  policy?: PolicySection | null;
  /** This ref's recent runs (renderHistory). */
  history?: string;
}

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/** One line on what the tests stage counted. */
function describeTests(t: NonNullable<RuntimeEvent['tests']>): string {
  const parts: string[] = [];
  if (t.report)
    parts.push(
      `report (${t.formats.join(', ')}): ${t.report.passed} passed, ${t.report.failed} failed, ${t.report.skipped + t.report.todo} skipped/todo`,
    );
  if (t.console) parts.push(`console: ${t.console.passed} passed, ${t.console.failed} failed`);
  parts.push(t.signal ? `ended by ${t.signal}` : `exit ${t.exitCode ?? 'unknown'}`);
  if (t.signatures.length) parts.push(`tooling: ${t.signatures.join(', ')}`);
  return escapeMarkdown(parts.join(' · '));
}

/** The run's facts, one per line: what was checked, where, and the files it left. */
function renderFactLines(input: SummaryInput): string[] {
  const { event, seal } = input;
  const short = (s: string): string => s.slice(0, 12);
  const sealed =
    seal.authoritative === 'baseline-ref'
      ? `${escapeMarkdown(seal.manifest)} as at \`${short(event.baseline.ref ?? '')}\`: ${seal.ok}/${seal.entries} files verified`
      : seal.authoritative === 'tree'
        ? `${escapeMarkdown(seal.manifest)} as in this commit: ${seal.ok}/${seal.entries} files verified`
        : 'not sealed (no manifest)';
  const runLink = renderLink(`run ${event.run.id ?? ''}`.trim(), event.run.url);
  return [
    `- **Commit** \`${short(event.commit)}\` on ${event.ref ? escapeMarkdown(event.ref) : 'no ref'} · ${event.timestamp.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}${event.run.url ? ` · ${runLink}` : ''}`,
    `- **Seal** ${sealed}`,
    ...(event.tests ? [`- **Tests** ${describeTests(event.tests)}`] : []),
    `- **Event** \`${event.event_id}\`${event.snapshot_id ? ` · snapshot \`${event.snapshot_id}\`` : ''}${input.reportPath ? ` · ${escapeMarkdown(input.reportPath)}` : ''}`,
  ];
}

/** The governance log line of the summary: a link when it was pushed, the file to append when not. */
function renderLogLine(log: NonNullable<SummaryInput['log']>): string {
  if (log.pushed)
    return `- **Governance log** entry appended${log.url ? ` to the ${renderLink('log', log.url)}` : ''}`;
  return `- **Governance log** ⚠️ the entry could not be pushed: it is kept in ${log.keptAt ? escapeMarkdown(log.keptAt) : 'the events folder'}; append it with \`driftgate log append FILE\` from a job that can push`;
}

/** The job summary: verdict, facts, findings with evidence, one runbook, this ref's history; under 1 MiB. */
export function renderSummary(input: SummaryInput): string {
  const { event } = input;
  const head: string[] = [`## ${renderVerdictLine(event, input.fails)}`, '', ...renderFactLines(input)];
  if (input.log) head.push(renderLogLine(input.log));
  const decision = renderDecisionHint(event);
  if (decision) head.push('', decision);
  head.push('');

  const tail: string[] = [];
  if (input.history) tail.push('', '### History of this ref', '', input.history);
  if (input.policy)
    tail.push(
      ...policyLines(input.policy, {
        scores: event.classification !== 'STABLE',
        runbooks: event.classification === 'INCIDENT',
      }),
    );
  tail.push('');

  const findings = sortBySeverity(event.findings);
  const body: string[] = [];
  if (findings.length === 0) {
    body.push('No findings: every stage matched its baseline.');
  } else {
    body.push(`### Findings (${findings.length})`, '');
    let budget =
      MAX_SUMMARY_BYTES - SUMMARY_RESERVE_BYTES - utf8Length(head.join('\n')) - utf8Length(tail.join('\n'));
    let shown = 0;
    for (const f of findings) {
      const item = renderFindingItem(f, SUMMARY_LIMITS).join('\n');
      budget -= utf8Length(item) + 1;
      if (budget < 0) break;
      body.push(item);
      shown++;
    }
    if (shown < findings.length) {
      body.push('', `… and ${findings.length - shown} more findings, all listed in RUNTIME_EVENT.json.`);
    }
  }
  return [...head, ...body, ...tail].join('\n');
}
