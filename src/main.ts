import * as core from '@actions/core';
import { readActionsContext } from './adapters/actions-context.js';
import { createActionsReporter } from './adapters/actions-reporter.js';
import { createNodeWorkspace } from './adapters/node-workspace.js';
import { createOctokitGitHub } from './adapters/octokit-github.js';
import { createShellRunner } from './adapters/shell-runner.js';
import { tryCreateSimpleGit } from './adapters/simple-git.js';
import { createSystemClock } from './adapters/system-clock.js';
import { readIncidentTemplate } from './adapters/templates.js';
import { decideOnComment, type CommentPayload } from './decide-on-comment.js';
import { runGate } from './gate.js';
import { defaultBaselineRef } from './settings/event.js';
import { layerFrom, loadSettings } from './settings/load.js';
import { logLocationOf } from './stages/log.js';

/** The Action: settings → adapters → runGate (or runDecide) → outputs and exit status. The one catch of the Action. */
export async function run(): Promise<void> {
  try {
    const root = process.env.GITHUB_WORKSPACE || process.cwd();
    const workspace = await createNodeWorkspace(root);
    const given = layerFrom((name) => core.getInput(name), { kind: 'input' });
    for (const secret of ['github-token', 'log-key']) {
      const value = given[secret]?.value;
      if (typeof value === 'string' && value) core.setSecret(value);
    }
    const settings = await loadSettings(workspace, given);
    const { context, payload, repoUrl } = await readActionsContext();
    const location = logLocationOf(settings, context.branch);
    const reporter = createActionsReporter();
    const git = await tryCreateSimpleGit(workspace.root);
    const clock = createSystemClock();

    if (settings.mode === 'decide') {
      const repository = process.env.GITHUB_REPOSITORY;
      if (!context.eventName.startsWith('issue_comment')) {
        throw new Error(`mode: decide reads an issue_comment event; this run is ${context.eventName}`);
      }
      if (!settings['github-token'] || !repository)
        throw new Error('mode: decide needs github-token and GITHUB_REPOSITORY');
      const github = createOctokitGitHub(settings['github-token'], repository, reporter);
      const result = await decideOnComment(settings, payload as CommentPayload, location, {
        git,
        workspace,
        clock,
        github,
        reporter,
      });
      core.info(`driftgate decide: ${result.status}`);
      return;
    }

    if (!settings['baseline-ref']) settings['baseline-ref'] = defaultBaselineRef(context.eventName, payload);
    const verdict = await runGate(
      settings,
      {
        ...context,
        incidentTemplate: await readIncidentTemplate(workspace),
        logUrl:
          repoUrl && location.branch
            ? `${repoUrl}/blob/${encodeURIComponent(location.branch)}/${settings.log}`
            : null,
      },
      {
        workspace,
        git,
        runner: createShellRunner(),
        clock,
        reporter,
        github:
          settings['github-token'] && process.env.GITHUB_REPOSITORY
            ? createOctokitGitHub(settings['github-token'], process.env.GITHUB_REPOSITORY, reporter)
            : null,
      },
    );
    const line = `driftgate: ${verdict.classification} (${verdict.event.event_id}), ${verdict.event.findings.length} finding(s)`;
    if (verdict.fails) core.setFailed(`${line}: the gate fails`);
    else core.info(`${line}: the gate passes`);
  } catch (e) {
    core.setFailed(`driftgate could not run: ${e instanceof Error ? e.message : String(e)}`);
  }
}
