import { EVENTS_DIR, OUTPUT_NAMES, type Verdict } from '../core/verdict.js';
import { renderSummary } from '../core/render/summary.js';
import type { GitHub } from '../ports/github.js';
import type { Reporter } from '../ports/reporter.js';
import type { Settings } from '../settings/settings.js';
import type { AppendResult } from './log.js';
import { publish } from './publish.js';

/** What the report stage needs besides the verdict. */
export interface ReportRun {
  /** A link to the governance log for people, when there is one. */
  logUrl: string | null;
  runUrl: string | null;
  pullRequest: number | null;
  statusSha: string | null;
  fork: boolean;
  /** The log append of the record stage, when there was one. */
  appended: AppendResult | null;
}

/** Tells the world: GitHub (status, comment, issue), annotations, the outputs and the job summary. */
export async function report(
  verdict: Verdict,
  settings: Settings,
  run: ReportRun,
  ports: { reporter: Reporter; github: GitHub | null },
): Promise<void> {
  const { reporter, github } = ports;
  const { appended } = run;
  const links = {
    logUrl: run.logUrl,
    runUrl: run.runUrl,
    // The run's page shows the job summary; the runner tells no URL of the summary itself.
    summaryUrl: null,
    pullRequest: run.pullRequest,
    history: verdict.history,
  };
  if (github && run.fork) {
    reporter.warning(
      'driftgate: a pull request from a fork runs with a read-only token (pull-requests, issues, statuses and contents: read); ' +
        'the comment, the escalation issue and the commit status are skipped. The verdict, outputs and exit code stand.',
    );
  } else if (github) {
    await publish(
      {
        event: verdict.event,
        fails: verdict.fails,
        pullRequest: settings.comment ? run.pullRequest : null,
        statusSha: run.statusSha,
        escalate: settings.escalate,
        scope: verdict.scope,
        logged: appended !== null && !appended.notPushed,
        architects: settings.architects,
        issueLabels: settings['issue-labels'],
        incidentReport: verdict.incidentReport,
        links,
        policy: verdict.policySection,
      },
      github,
      reporter,
    );
  }
  for (const annotation of verdict.annotations) reporter.annotate(annotation);
  const outputs = { ...verdict.outputs, 'log-entry': appended && !appended.notPushed ? appended.id : '' };
  for (const name of OUTPUT_NAMES) reporter.setOutput(name, outputs[name]);
  await reporter.writeSummary(
    renderSummary({
      event: verdict.event,
      fails: verdict.fails,
      reportPath: verdict.reportPath,
      seal: verdict.sealCounts,
      log: appended
        ? {
            line: appended.line,
            pushed: !appended.notPushed,
            url: run.logUrl,
            keptAt: `${EVENTS_DIR}/${verdict.event.event_id}.log-entry.ndjson`,
          }
        : null,
      history: verdict.history,
      policy: verdict.policySection,
    }),
  );
}
