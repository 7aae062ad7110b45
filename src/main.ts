import * as core from '@actions/core';
import { composeAction } from './compose.js';
import { runDecide, type CommentPayload } from './decide.js';
import { runGate } from './gate.js';

/** The Action: compose → runGate (or runDecide) → exit status. The one catch of the Action. */
export async function run(): Promise<void> {
  try {
    const { settings, context, location, ports, payload } = await composeAction(process.env);
    if (settings.mode === 'decide') {
      if (!context.eventName.startsWith('issue_comment')) {
        throw new Error(`mode: decide reads an issue_comment event; this run is ${context.eventName}`);
      }
      if (!ports.github) throw new Error('mode: decide needs github-token and GITHUB_REPOSITORY');
      const result = await runDecide(settings, payload as CommentPayload, location, {
        ...ports,
        github: ports.github,
      });
      core.info(`driftgate decide: ${result.status}`);
      return;
    }
    const verdict = await runGate(settings, context, ports);
    const line = `driftgate: ${verdict.classification} (${verdict.event.event_id}), ${verdict.event.findings.length} finding(s)`;
    if (verdict.fails) core.setFailed(`${line}: the gate fails`);
    else core.info(`${line}: the gate passes`);
  } catch (e) {
    core.setFailed(`driftgate could not run: ${e instanceof Error ? e.message : String(e)}`);
  }
}
