import * as core from '@actions/core';
import { readActionsContext } from './adapters/actions-context.js';
import { createActionsReporter } from './adapters/actions-reporter.js';
import { createNodeWorkspace } from './adapters/node-workspace.js';
import { createShellRunner } from './adapters/shell-runner.js';
import { tryCreateSimpleGit } from './adapters/simple-git.js';
import { createSystemClock } from './adapters/system-clock.js';
import { readIncidentTemplate } from './adapters/templates.js';
import { runGate } from './gate.js';
import { defaultBaselineRef } from './settings/event.js';
import { layerFrom, loadSettings } from './settings/load.js';

/** The Action: settings → adapters → runGate → outputs and exit status. The one catch of the Action. */
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
    if (settings.mode === 'decide') {
      throw new Error(
        'mode: decide (recording a human decision) is not available in this version of driftgate',
      );
    }
    const { context, payload, repoUrl } = await readActionsContext();
    if (!settings['baseline-ref']) settings['baseline-ref'] = defaultBaselineRef(context.eventName, payload);
    const logBranch = settings['log-branch'] || context.branch;
    const verdict = await runGate(
      settings,
      {
        ...context,
        incidentTemplate: await readIncidentTemplate(workspace),
        logUrl:
          repoUrl && logBranch ? `${repoUrl}/blob/${encodeURIComponent(logBranch)}/${settings.log}` : null,
      },
      {
        workspace,
        git: await tryCreateSimpleGit(workspace.root),
        runner: createShellRunner(),
        clock: createSystemClock(),
        reporter: createActionsReporter(),
      },
    );
    const line = `driftgate: ${verdict.classification} (${verdict.event.event_id}), ${verdict.event.findings.length} finding(s)`;
    if (verdict.fails) core.setFailed(`${line}: the gate fails`);
    else core.info(`${line}: the gate passes`);
  } catch (e) {
    core.setFailed(`driftgate could not run: ${e instanceof Error ? e.message : String(e)}`);
  }
}
