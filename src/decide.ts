import { parseDecisionComment, type Permission } from './core/decision.js';
import { escapeMarkdown } from './core/render/escape.js';
import { ESCALATION_LABELS, eventMarker } from './core/escalation.js';
import type { Clock } from './ports/clock.js';
import type { Git } from './ports/git.js';
import type { GitHub, StatusState } from './ports/github.js';
import type { Reporter } from './ports/reporter.js';
import type { Workspace } from './ports/workspace.js';
import type { Settings } from './settings/settings.js';
import { recordDecision, type DecisionOutcome } from './stages/decision.js';
import type { LogLocation } from './stages/log.js';

/** The slice of an issue_comment payload `mode: decide` reads. */
export interface CommentPayload {
  comment?: { id?: number; body?: string; html_url?: string; user?: { login?: string } };
  issue?: { number?: number };
}

/** What became of the commented decision (for outputs and tests). */
export type DecideResult = { status: 'no-command' } | { status: 'invalid'; reason: string } | DecisionOutcome;

const STATUS: Record<'accept' | 'investigate' | 'rollback', { state: StatusState; text: string }> = {
  accept: { state: 'success', text: 'accepted as the new baseline' },
  investigate: { state: 'failure', text: 'under investigation: stays frozen' },
  rollback: {
    state: 'pending',
    text: 'rollback decided: unfreezes once the sealed state matches the baseline',
  },
};

/**
 * `mode: decide`: reads `/driftgate accept|investigate|rollback [RTE_…] reason` from an
 * issue_comment, checks the commenter, appends the DECISION, reacts, answers and sets the
 * `driftgate` status on the decided commit. Reporting faults warn; they never undo a decision.
 */
export async function runDecide(
  settings: Settings,
  payload: CommentPayload,
  location: LogLocation,
  ports: { git: Git | null; workspace: Workspace; clock: Clock; github: GitHub; reporter: Reporter },
): Promise<DecideResult> {
  const { github, reporter } = ports;
  const body = payload.comment?.body ?? '';
  const login = payload.comment?.user?.login ?? '';
  const commentId = payload.comment?.id;
  const issue = payload.issue?.number;
  const parsed = parseDecisionComment(body);
  if (parsed === null) {
    reporter.info('driftgate decide: the comment holds no /driftgate command; nothing to do');
    return { status: 'no-command' };
  }
  const say = async (what: string, fn: () => Promise<unknown>): Promise<void> => {
    try {
      await fn();
    } catch (e) {
      reporter.warning(`driftgate could not ${what}: ${(e as Error).message.split('\n')[0]}`);
    }
  };
  if ('error' in parsed) {
    if (commentId) await say('react to the comment', () => github.react(commentId, '-1'));
    if (issue)
      await say('answer the comment', () =>
        github.comment(issue, `@${login} ${escapeMarkdown(parsed.error)}`),
      );
    return { status: 'invalid', reason: parsed.error };
  }
  let permission: Permission | null = null;
  if (settings.architects.length === 0) permission = await github.permissionOf(login);
  const outcome = await recordDecision(
    {
      request: parsed,
      by: login,
      source: payload.comment?.html_url ?? 'issue_comment',
      architects: settings.architects,
      permission,
    },
    location,
    ports,
  );
  if (outcome.status === 'recorded') {
    const { event, appended } = outcome;
    const s = STATUS[parsed.decision];
    reporter.setOutput('event-id', event.event_id);
    reporter.setOutput('log-entry', appended.id);
    if (commentId) await say('react to the comment', () => github.react(commentId, '+1'));
    if (issue) {
      await say('answer the comment', () =>
        github.comment(
          issue,
          [
            `driftgate recorded the decision **${parsed.decision}** on \`${event.event_id}\` (${event.classification}) by @${login}.`,
            '',
            `- reason: ${escapeMarkdown(parsed.reason)}`,
            `- log entry: \`${appended.id}\``,
            `- now: ${s.text}`,
          ].join('\n'),
        ),
      );
    }
    // The escalation issue of the decided event: answered, and closed once the freeze is lifted by accept.
    await say('update the escalation issue', async () => {
      for (const label of ESCALATION_LABELS[event.classification as 'INCIDENT' | 'PRODUCT_DRIFT'].slice(
        0,
        1,
      )) {
        for (const i of (await github.openIssues(label.name)).filter((x) =>
          x.body.includes(eventMarker(event.event_id)),
        )) {
          await github.comment(
            i.number,
            `Decision **${parsed.decision}** by @${login} (\`${appended.id.slice(0, 12)}\`): ${escapeMarkdown(parsed.reason)}. ${s.text}.`,
          );
          if (parsed.decision === 'accept') await github.closeIssue(i.number);
        }
      }
    });
    await say('set the commit status', () =>
      github.setStatus(
        event.commit,
        s.state,
        `${parsed.decision} by ${login}: ${s.text}`,
        payload.comment?.html_url ?? null,
      ),
    );
  } else {
    const reason = outcome.reason;
    reporter.warning(`driftgate decide: ${reason}`);
    if (commentId) await say('react to the comment', () => github.react(commentId, '-1'));
    if (issue) {
      await say('answer the comment', () =>
        github.comment(
          issue,
          `@${login} driftgate did not record this decision: ${escapeMarkdown(reason)}. Nothing was appended to the governance log.`,
        ),
      );
    }
  }
  return outcome;
}
