import type { Classification } from '../core/classification.js';
import {
  COMMENT_MARKER,
  computeProblemKey,
  ESCALATION_LABELS,
  escalates,
  issueMarkersOf,
} from '../core/escalation.js';
import type { RuntimeEvent } from '../core/event.js';
import { renderPrComment, type CommentLinks } from '../core/render/comment.js';
import type { PolicySection } from '../core/render/summary.js';
import { renderEscalationIssue, renderIssueUpdate } from '../core/render/issue.js';
import type { FreezeScope } from '../core/log/freeze.js';
import type { GitHub } from '../ports/github.js';
import { witnessMarker } from './log.js';
import type { Reporter } from '../ports/reporter.js';

/** What the run publishes to GitHub. */
export interface PublishInput {
  event: RuntimeEvent;
  fails: boolean;
  /** The pull request to comment on (null outside pull requests or with comment: false). */
  pullRequest: number | null;
  /** The commit the status goes on: a pull request's head, never its merge commit. */
  statusSha: string | null;
  escalate: Classification;
  /** What this run's observation froze, and whether its ref is governed (escalation scope). */
  scope: FreezeScope;
  /** The run's entry is on the log branch: its issue may witness it (see readGovernanceLog). */
  logged: boolean;
  architects: readonly string[];
  issueLabels: readonly string[];
  incidentReport: string | null;
  links: CommentLinks;
  /** Policy scores and runbooks, for the comment and the issue. */
  policy: PolicySection | null;
}

/**
 * Posts the run: commit status, sticky PR comment, escalation issue. One write at a time; a
 * reporting fault becomes a warning and never changes the gate's verdict.
 */
export async function publish(input: PublishInput, github: GitHub, reporter: Reporter): Promise<void> {
  const { event } = input;
  let stopped = false;
  const attempt = async (what: string, fn: () => Promise<void>): Promise<void> => {
    if (stopped) return;
    try {
      await fn();
    } catch (e) {
      const err = e as { status?: number; message?: string; response?: { headers?: Record<string, string> } };
      if (err.status === 403) {
        const needed = err.response?.headers?.['x-accepted-github-permissions'];
        reporter.warning(
          `driftgate could not ${what}: the token may not write${needed ? ` (it needs ${needed})` : ''}. ` +
            'Nothing else is posted for this run; the verdict, outputs and exit code stand.',
        );
        stopped = true;
        return;
      }
      reporter.warning(`driftgate could not ${what}: ${(err.message ?? String(e)).split('\n')[0]}`);
    }
  };

  if (input.statusSha) {
    const sha = input.statusSha;
    await attempt('set the driftgate commit status', () =>
      github.setStatus(
        sha,
        input.fails ? 'failure' : 'success',
        `${event.classification} · ${event.event_id}`,
        input.links.runUrl,
      ),
    );
  }

  if (input.pullRequest !== null) {
    const pr = input.pullRequest;
    await attempt('post the pull request comment', async () => {
      const body = renderPrComment(event, input.fails, input.links, input.policy);
      // Only the gate's own comment is sticky: a marker pasted by anyone else is text.
      const me = await github.identity();
      const mine = (await github.listComments(pr)).find(
        (c) => me !== null && c.login === me && c.body.includes(COMMENT_MARKER),
      );
      if (mine) await github.updateComment(mine.id, body);
      else await github.comment(pr, body);
    });
  }

  const c = event.classification;
  if (c !== 'STABLE' && shouldEscalate(input)) {
    const labels = ESCALATION_LABELS[c];
    const key = computeProblemKey(event);
    await attempt('open or update the escalation issue', async () => {
      for (const l of labels) await github.ensureLabel(l.name, l.color, l.description);
      const me = await github.identity();
      const open = (await github.openIssues(labels[0]!.name)).filter((i) => me !== null && i.login === me);
      const markers = issueMarkersOf(event);
      const existing = open.find((i) => markers.some((m) => i.body.includes(m)));
      if (existing) {
        await github.comment(existing.number, renderIssueUpdate(event, input.links));
        return;
      }
      const { title, body } = renderEscalationIssue(
        event,
        key,
        input.architects,
        input.incidentReport,
        input.links,
        input.policy,
      );
      await github.createIssue({
        title,
        body: input.logged ? `${body}\n${witnessMarker(event.event_id)}\n` : body,
        labels: [...labels.map((l) => l.name), ...input.issueLabels],
        assignees: [...input.architects],
      });
    });
  }
}

/**
 * Governed refs escalate at the `escalate` threshold; a freeze (this run's, or the one it runs
 * under) always has its issue, which is also the log's witness; elsewhere (a pull request, a branch
 * nobody governs) only an INCIDENT escalates: a proposed change's PRODUCT_DRIFT is the comment's.
 */
function shouldEscalate(input: PublishInput): boolean {
  const c = input.event.classification;
  if (c === 'STABLE') return false;
  if (input.scope.freezes || input.event.frozen_by) return true;
  return input.scope.governed ? escalates(c, input.escalate) : c === 'INCIDENT';
}
