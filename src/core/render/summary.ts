import type { Classification } from '../classification.js';
import type { RuntimeEvent } from '../event.js';
import type { Finding } from '../finding.js';
import { CLASSIFICATION_RUNBOOKS } from '../runbook/classification-runbook.js';
import { escapeMarkdown, fence } from './escape.js';

/** GitHub's limit for one step's job summary (docs: "Step isolation and limits"). */
export const MAX_SUMMARY_BYTES = 1_048_576;
/** Room kept for the verdict, the runbook and the closing lines when the findings table is cut. */
const SUMMARY_RESERVE_BYTES = 16_384;

/** One icon per classification, shared by every rendering. */
export const ICON: Record<Classification, string> = {
  STABLE: '🟢',
  TOOLING_DRIFT: '🟡',
  PRODUCT_DRIFT: '🟠',
  INCIDENT: '🔴',
};

/** The policy part of the summary and of the pull request comment. */
export interface PolicySection {
  /** renderPolicyScores; empty when the repository has no policies. */
  scores: string;
  /** renderRunbooks of every runbook (the classification's and the policy archetypes'). */
  runbooks: string;
  /** Titles of the policy archetype runbooks that triggered. */
  triggered: string[];
}

/** The policy section as Markdown lines: scores, then the runbooks folded. */
export function policyLines(p: PolicySection): string[] {
  return [
    ...(p.scores ? ['', '### Policy', '', p.scores] : []),
    '',
    `<details><summary>Runbooks${p.triggered.length ? `: ${p.triggered.join(', ')}` : ''}</summary>`,
    '',
    p.runbooks,
    '</details>',
  ];
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
  log?: { line: string; pushed: boolean; url: string | null } | null;
  /** The policy scores and every runbook of the run, rendered (SPEC §7). */
  policy?: PolicySection | null;
  /** The Mermaid chart of the last runs. */
  chart?: string;
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

function evidenceCell(f: Finding): string {
  const e = f.evidence;
  const parts: string[] = [];
  if (e.expected && e.actual)
    parts.push(`expected ${e.expected.slice(0, 12)}…, found ${e.actual.slice(0, 12)}…`);
  if (e.invariant) parts.push(`invariant ${e.invariant}`);
  if (e.exitCode !== undefined) parts.push(`exit ${e.exitCode ?? 'signal'}`);
  if (e.commits?.length) parts.push(`commit ${e.commits.map((c) => c.slice(0, 12)).join(', ')}`);
  if (e.signature) parts.push(`signature ${e.signature}`);
  if (e.detail) parts.push(e.detail);
  const firstOutput = e.output?.split('\n').find((l) => l.trim() !== '');
  if (firstOutput) parts.push(firstOutput.trim().slice(0, 200));
  return escapeMarkdown(parts.join('; ').slice(0, 500));
}

/** The job summary: verdict, findings table, what the runbook prescribes; always under 1 MiB. */
export function renderSummary(input: SummaryInput): string {
  const { event } = input;
  const c = event.classification;
  const book = CLASSIFICATION_RUNBOOKS[c];
  const head: string[] = [
    `## ${ICON[c]} driftgate: ${c} — the job ${input.fails ? '**fails**' : 'passes'}`,
    '',
    `| | |`,
    `|---|---|`,
    `| event | \`${event.event_id}\` |`,
    `| snapshot | ${event.snapshot_id ? `\`${event.snapshot_id}\`` : 'none'} |`,
    `| commit | \`${event.commit}\` |`,
    `| ref | ${escapeMarkdown(event.ref ?? '(none)')} |`,
    `| time (UTC) | ${event.timestamp} |`,
    `| baseline | ${escapeMarkdown(input.seal.manifest)} (${input.seal.authoritative === 'baseline-ref' ? `as at ${escapeMarkdown(event.baseline.ref ?? '')}` : input.seal.authoritative === 'tree' ? 'as in this commit' : 'not sealed'}), ${input.seal.ok}/${input.seal.entries} entries verified |`,
    `| frozen by | ${event.frozen_by ? `\`${event.frozen_by}\`` : 'nothing'} |`,
  ];
  if (event.tests) head.push(`| tests | ${describeTests(event.tests)} |`);
  // Built from the runner's own GITHUB_SERVER_URL / GITHUB_REPOSITORY / GITHUB_RUN_ID, not from user text.
  if (event.run.url) head.push(`| run | [${event.run.id ?? 'run'}](${encodeURI(event.run.url)}) |`);
  if (input.reportPath) head.push(`| event file | ${escapeMarkdown(input.reportPath)} |`);
  head.push('');

  const tail: string[] = [
    '',
    `### What the runbook says for ${c}`,
    '',
    `*${book.meaning}* The job ${book.job}.`,
    '',
  ];
  book.actions.forEach((a, i) => tail.push(`${i + 1}. ${a}`));
  tail.push('', `**Escalation:** ${book.escalation ?? 'none'}.`);
  if (book.decisions.length) {
    tail.push(
      '',
      `**Decision expected** (comment \`/driftgate accept|investigate|rollback ${event.frozen_by ?? event.event_id} reason\`): ${book.decisions.join(' · ')}.`,
    );
  }
  if (input.policy) tail.push(...policyLines(input.policy));
  if (input.chart) tail.push('', '### Last runs', '', input.chart);
  if (input.log) {
    tail.push(
      '',
      input.log.pushed
        ? `**Governance log:** the entry was appended${input.log.url ? ` to ${escapeMarkdown(input.log.url)}` : ''}.`
        : '**Governance log:** the entry could not be pushed; it is below, to append with `driftgate log append FILE`.',
      '',
      ...fence([input.log.line], 'json'),
    );
  }
  tail.push('');

  const findings = event.findings;
  const table: string[] = [];
  if (findings.length === 0) {
    table.push('No findings: every stage matched its baseline.');
  } else {
    table.push(
      `### Findings (${findings.length})`,
      '',
      '| | finding | code | stage | evidence |',
      '|---|---|---|---|---|',
    );
    let budget =
      MAX_SUMMARY_BYTES - SUMMARY_RESERVE_BYTES - utf8Length(head.join('\n')) - utf8Length(tail.join('\n'));
    let shown = 0;
    for (const f of findings) {
      const row = `| ${ICON[f.classification]} | ${escapeMarkdown(f.message)} | ${f.code} | ${f.stage} | ${evidenceCell(f)} |`;
      budget -= utf8Length(row) + 1;
      if (budget < 0) break;
      table.push(row);
      shown++;
    }
    if (shown < findings.length) {
      table.push('', `… and ${findings.length - shown} more findings, all listed in RUNTIME_EVENT.json.`);
    }
  }
  return [...head, ...table, ...tail].join('\n');
}
