import type { Permission } from './core/decision/authority.js';
import { parseDecisionComment, type DecisionKind, type DecisionRequest } from './core/decision/comment.js';
import type { DecisionPlace } from './core/decision/target.js';
import { escapeMarkdown } from './core/render/escape.js';
import { ESCALATION_LABELS, eventMarker } from './core/escalation.js';
import type { Observation } from './core/log/entry.js';
import type { Clock } from './ports/clock.js';
import type { Git } from './ports/git.js';
import type { GitHub, StatusState } from './ports/github.js';
import type { Reporter } from './ports/reporter.js';
import type { Workspace } from './ports/workspace.js';
import type { Settings } from './settings/settings.js';
import type { AppendResult, LogLocation } from './stages/log.js';
import { recordDecision, type DecisionOutcome } from './stages/record-decision.js';

/** The slice of an issue_comment payload `mode: decide` reads. */
export interface CommentPayload {
  action?: string;
  comment?: { id?: number; body?: string; html_url?: string; user?: { login?: string } };
  issue?: { number?: number; body?: string | null; user?: { login?: string }; pull_request?: unknown };
}

/** What became of the commented decision (for outputs and tests). */
export type DecideResult =
  | { status: 'no-command' }
  | { status: 'ignored'; reason: string }
  | { status: 'invalid'; reason: string }
  | DecisionOutcome;

type DecidePorts = {
  git: Git | null;
  workspace: Workspace;
  clock: Clock;
  github: GitHub;
  reporter: Reporter;
};

const STATUS: Record<DecisionKind, { state: StatusState; text: string }> = {
  accept: { state: 'success', text: 'accepted as the new baseline' },
  investigate: { state: 'failure', text: 'under investigation: stays frozen' },
  rollback: {
    state: 'pending',
    text: 'rollback decided: unfreezes once the sealed state matches the baseline',
  },
};

/**
 * `mode: decide`: reads `/driftgate accept|investigate|rollback [RTE_…] reason` from a newly
 * created issue comment (an edit is not the author's word: the editor may be someone else), checks
 * the commenter, appends the DECISION, reacts, answers and sets the `driftgate` status on the
 * decided ref's current head. Reporting faults warn; they never undo a decision.
 */
export async function decideOnComment(
  settings: Settings,
  payload: CommentPayload,
  location: LogLocation,
  ports: DecidePorts,
): Promise<DecideResult> {
  const { reporter } = ports;
  const parsed = parseDecisionComment(payload.comment?.body ?? '');
  if (parsed === null) {
    reporter.info('driftgate decide: the comment holds no /driftgate command; nothing to do');
    return { status: 'no-command' };
  }
  if (payload.action !== 'created') {
    const reason = `a decision is read from a newly created comment only; this comment was ${payload.action ?? 'not created'}`;
    reporter.info(`driftgate decide: ${reason}; nothing to do`);
    return { status: 'ignored', reason };
  }
  const answer = createAnswerer(payload, ports);
  if ('error' in parsed) {
    await answer.reject(parsed.error);
    return { status: 'invalid', reason: parsed.error };
  }
  const outcome = await recordCommentedDecision(settings, payload, parsed, location, ports);
  if (outcome.status !== 'recorded') {
    reporter.warning(`driftgate decide: ${outcome.reason}`);
    await answer.reject(
      `driftgate did not record this decision: ${outcome.reason}. Nothing was appended to the governance log.`,
    );
    return outcome;
  }
  reporter.setOutput('event-id', outcome.event.event_id);
  reporter.setOutput('log-entry', outcome.appended.id);
  await answer.accept(parsed, outcome.event, outcome.appended);
  await updateEscalationIssue(parsed, outcome.event, outcome.appended, answer.login, ports, answer.say);
  await answer.say('set the commit status', () =>
    setDecidedStatus(parsed.decision, outcome.event, answer.login, payload, ports.github),
  );
  return outcome;
}

/** Where the comment was written, and the commenter's permission when architects are not listed. */
async function recordCommentedDecision(
  settings: Settings,
  payload: CommentPayload,
  request: DecisionRequest,
  location: LogLocation,
  ports: DecidePorts,
): Promise<DecisionOutcome> {
  const login = payload.comment?.user?.login ?? '';
  let permission: Permission | null = null;
  if (settings.architects.length === 0) permission = await ports.github.permissionOf(login);
  return recordDecision(
    {
      request,
      by: login,
      source: payload.comment?.html_url ?? 'issue_comment',
      place: await placeOf(payload, ports.github),
      architects: settings.architects,
      permission,
    },
    location,
    ports,
  );
}

const EVENT_MARKER = /<!-- driftgate:event:(RTE_\d{8}_\d{6}_[0-9a-f]{8}) -->/;

/** The pull request or issue the comment is on; an issue's event counts only when the gate wrote it. */
async function placeOf(payload: CommentPayload, github: GitHub): Promise<DecisionPlace> {
  const number = payload.issue?.number ?? 0;
  if (payload.issue?.pull_request) return { kind: 'pull-request', number };
  const marker = EVENT_MARKER.exec(payload.issue?.body ?? '');
  const me = marker ? await github.identity() : null;
  const own = marker && me !== null && payload.issue?.user?.login === me;
  return { kind: 'issue', number, eventId: own ? marker[1]! : null };
}

/** Replies on the comment: a reaction and an answer, faults turned into warnings. */
function createAnswerer(payload: CommentPayload, ports: DecidePorts) {
  const { github, reporter } = ports;
  const login = payload.comment?.user?.login ?? '';
  const commentId = payload.comment?.id;
  const issue = payload.issue?.number;
  const say = async (what: string, fn: () => Promise<unknown>): Promise<void> => {
    try {
      await fn();
    } catch (e) {
      reporter.warning(`driftgate could not ${what}: ${(e as Error).message.split('\n')[0]}`);
    }
  };
  const reply = async (reaction: '+1' | '-1', body: string): Promise<void> => {
    if (commentId) await say('react to the comment', () => github.react(commentId, reaction));
    if (issue) await say('answer the comment', () => github.comment(issue, body));
  };
  return {
    login,
    say,
    reject: (why: string) => reply('-1', `@${login} ${escapeMarkdown(why)}`),
    accept: (request: DecisionRequest, event: Observation, appended: AppendResult) =>
      reply(
        '+1',
        [
          `driftgate recorded the decision **${request.decision}** on \`${event.event_id}\` (${event.classification}) by @${login}.`,
          '',
          `- reason: ${escapeMarkdown(request.reason)}`,
          `- log entry: \`${appended.id}\``,
          `- now: ${STATUS[request.decision].text}`,
        ].join('\n'),
      ),
  };
}

/** The escalation issue of the decided event (one the gate opened): answered, and closed by accept. */
async function updateEscalationIssue(
  request: DecisionRequest,
  event: Observation,
  appended: AppendResult,
  login: string,
  ports: DecidePorts,
  say: (what: string, fn: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const { github } = ports;
  const label = ESCALATION_LABELS[event.classification as 'INCIDENT' | 'PRODUCT_DRIFT'][0]!.name;
  await say('update the escalation issue', async () => {
    const me = await github.identity();
    const issues = (await github.openIssues(label)).filter(
      (i) => me !== null && i.login === me && i.body.includes(eventMarker(event.event_id)),
    );
    for (const i of issues) {
      await github.comment(
        i.number,
        `Decision **${request.decision}** by @${login} (\`${appended.id.slice(0, 12)}\`): ${escapeMarkdown(request.reason)}. ${STATUS[request.decision].text}.`,
      );
      if (request.decision === 'accept') await github.closeIssue(i.number);
    }
  });
}

/** The `driftgate` status of the frozen ref's current head (not the commit that froze it). */
async function setDecidedStatus(
  decision: DecisionKind,
  event: Observation,
  login: string,
  payload: CommentPayload,
  github: GitHub,
): Promise<void> {
  const head = (event.ref ? await github.headOf(event.ref) : null) ?? event.commit;
  const s = STATUS[decision];
  await github.setStatus(
    head,
    s.state,
    `${decision} by ${login}: ${s.text}`,
    payload.comment?.html_url ?? null,
  );
}
