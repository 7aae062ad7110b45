import type { RuntimeEvent } from '../event.js';
import { COMMENT_MARKER } from '../escalation.js';
import { escapeMarkdown } from './escape.js';
import { COMMENT_LIMITS, renderFindingItem, sortBySeverity } from './findings.js';
import {
  computeDecisionEvent,
  linkTarget,
  policyLines,
  renderDecisionHint,
  renderLink,
  renderVerdictLine,
  type PolicySection,
} from './summary.js';

/** GitHub rejects issue and PR comments over 65,536 characters (REST API: "body is too long"). */
export const MAX_COMMENT_CHARS = 65_536;
/** What stands for the runbooks when they do not fit in the comment. */
const RUNBOOKS_ELSEWHERE =
  'The runbooks are in the job summary and in the `runbook` output file of the run.\n';
/** Findings listed before "and N more". */
const MAX_ROWS = 50;

/** What the comment and the issue link to; every URL is built from the runner's own variables. */
export interface CommentLinks {
  /** The governance log for people (a URL in the Action; a branch:path on the command line). */
  logUrl: string | null;
  /** The workflow run; its page shows the job summary. */
  runUrl: string | null;
  /** The job summary, when it has a URL of its own (else the run's page shows it). */
  summaryUrl: string | null;
  /** The pull request the run is for, when it is one. */
  pullRequest?: number | null;
  /** https://github.com/owner/repo, when known. */
  repoUrl?: string | null;
  /** This ref's recent runs (renderHistory), or empty. */
  history?: string;
}

/** The repository URL: given, or the part of the run URL before /actions/runs/. */
const repoUrlOf = (links: CommentLinks): string | null =>
  linkTarget(links.repoUrl) ?? linkTarget(links.runUrl?.replace(/\/actions\/runs\/.*$/, '') ?? null);

/** A URL path segment from untrusted text: parentheses too, so it cannot end a Markdown link. */
const encodeSegment = (s: string): string =>
  encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Where the run happened, as a link: the pull request, else the branch, else the ref as text. */
export function renderWhere(event: RuntimeEvent, links: CommentLinks): string {
  const repo = repoUrlOf(links);
  const pr = links.pullRequest ?? Number(/^refs\/pull\/(\d+)\//.exec(event.ref ?? '')?.[1] ?? NaN);
  if (Number.isInteger(pr) && pr > 0)
    return repo ? `[pull request #${pr}](${repo}/pull/${pr})` : `pull request #${pr}`;
  const branch =
    /^refs\/heads\/(.+)$/.exec(event.ref ?? '')?.[1] ??
    (event.ref && !event.ref.startsWith('refs/') ? event.ref : null);
  if (branch && repo)
    return `branch [${escapeMarkdown(branch)}](${repo}/tree/${branch.split('/').map(encodeSegment).join('/')})`;
  return event.ref ? escapeMarkdown(event.ref) : 'no ref';
}

/** The freezing event as a fact: this run, another event, or nothing. */
function frozenBy(event: RuntimeEvent): string {
  const id = computeDecisionEvent(event);
  return id ? `\`${id}\`${id === event.event_id ? ' (this run)' : ''}` : 'nothing';
}

/** The escalation facts every comment and issue carries, as Markdown list items. */
export function renderFacts(event: RuntimeEvent, links: CommentLinks): string[] {
  return [
    `- event_id: \`${event.event_id}\``,
    `- snapshot_id: ${event.snapshot_id ? `\`${event.snapshot_id}\`` : 'none'}`,
    `- commit: \`${event.commit}\` on ${renderWhere(event, links)}`,
    `- classification: ${event.classification}`,
    `- timestamp (UTC): ${event.timestamp}`,
    `- ${links.logUrl ? renderLink('governance log', links.logUrl) : 'governance log: not recorded'}`,
    ...(links.runUrl ? [`- ${renderLink('workflow run', links.runUrl)}`] : []),
    `- frozen by: ${frozenBy(event)}`,
  ];
}

/** Diff lines that the findings do not already show (a finding's test list is shown under it). */
export function computeExtraDiff(event: RuntimeEvent): string[] {
  const shown = new Set(
    event.findings
      .filter((f) => f.evidence.tests?.length)
      .map((f) => `${f.code}: ${f.evidence.tests!.join(', ')}`),
  );
  return event.diff.filter((d) => !shown.has(d));
}

/** The links line closing a comment: the run (its page shows the job summary). */
function renderRunLinks(links: CommentLinks): string {
  const run = linkTarget(links.runUrl);
  const summary = linkTarget(links.summaryUrl);
  return [
    run ? `[workflow run](${run})` : '',
    summary && summary !== run
      ? `[job summary](${summary})`
      : run
        ? 'the job summary is on the run’s page'
        : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The sticky PR comment: verdict, findings with evidence, runbooks, facts, history; never over the limit. */
export function renderPrComment(
  event: RuntimeEvent,
  fails: boolean,
  links: CommentLinks,
  policy: PolicySection | null = null,
): string {
  const head = [
    COMMENT_MARKER,
    `### ${renderVerdictLine(event, fails, 'the check')}`,
    '',
    `\`${event.event_id}\` · commit \`${event.commit.slice(0, 12)}\`${event.policy ? ` · drift ${event.policy.drift_score} (${event.policy.band}) · risk ${event.policy.risk_level}` : ''}`,
    '',
  ];
  const rows = sortBySeverity(event.findings.filter((f) => f.classification !== 'STABLE'));
  const list = rows.length
    ? [
        ...rows.slice(0, MAX_ROWS).flatMap((f) => renderFindingItem(f, COMMENT_LIMITS)),
        ...(rows.length > MAX_ROWS
          ? ['', `… and ${rows.length - MAX_ROWS} more findings in the job summary and RUNTIME_EVENT.json.`]
          : []),
      ]
    : ['No finding: every stage matched its baseline.'];
  const decision = renderDecisionHint(event);
  const diff = computeExtraDiff(event)
    .slice(0, MAX_ROWS)
    .map((d) => `- ${escapeMarkdown(d).slice(0, 400)}`);
  const tail = [
    ...(decision ? ['', decision] : []),
    ...(policy ? policyLines(policy) : []),
    '',
    '<details><summary>Escalation facts</summary>',
    '',
    ...renderFacts(event, links),
    ...(diff.length ? ['', 'Diff with the baseline:', '', ...diff] : []),
    '',
    '</details>',
    ...(links.history ? ['', '**History of this ref**', '', links.history] : []),
    '',
    renderRunLinks(links),
  ];
  const full = [...head, ...list, ...tail].join('\n');
  if (full.length <= MAX_COMMENT_CHARS) return full;
  if (policy && policy.runbooks !== RUNBOOKS_ELSEWHERE)
    return renderPrComment(event, fails, links, { ...policy, runbooks: RUNBOOKS_ELSEWHERE });
  return [
    ...head,
    `${rows.length} findings: too many for a comment. They are all in the job summary${linkTarget(links.runUrl) ? ` of the [workflow run](${linkTarget(links.runUrl)})` : ''} and in RUNTIME_EVENT.json.`,
    '',
    ...renderFacts(event, links),
  ].join('\n');
}
