import { Buffer } from 'node:buffer';
import { EVENTS_DIR, type Verdict } from '../core/verdict.js';
import type { Git } from '../ports/git.js';
import type { Reporter } from '../ports/reporter.js';
import type { Workspace } from '../ports/workspace.js';
import { appendToLog, type AppendResult, type LogLocation } from './log.js';

/**
 * Writes the verdict's files (the event, the runbooks, the console, the snapshot) and, when the run
 * records, appends its OBSERVATION to the governance log with the snapshot committed beside it.
 * The append that cannot be pushed is kept in the workspace and said in a warning.
 */
export async function record(
  verdict: Verdict,
  run: {
    record: boolean;
    location: LogLocation;
    /** The console of the test command, kept whole beside the event. */
    console: string | null;
    /** The log as the run read it, exported in the snapshot. */
    logSegments: readonly Uint8Array[];
  },
  ports: { workspace: Workspace; git: Git | null; reporter: Reporter },
): Promise<AppendResult | null> {
  const { workspace } = ports;
  const id = verdict.event.event_id;
  // A committed link where the run-time files go: nothing is written through it (the finding says so).
  const write = verdict.writesRefused
    ? async (_path: string, _data: Uint8Array | string): Promise<void> => {}
    : async (path: string, data: Uint8Array | string): Promise<void> =>
        void (await workspace.writeFile(path, data));
  await write(verdict.reportPath, verdict.eventJson);
  await write(verdict.runbookPath, verdict.runbook);
  await write(`${EVENTS_DIR}/${id}.runbooks.json`, verdict.runbooksJson);
  // The console is evidence: kept whole beside the event (the seed runbook: "conserver toutes les preuves").
  if (run.console !== null) await write(`${EVENTS_DIR}/${id}.console.log`, run.console);
  const committed = new Map<string, Uint8Array>();
  for (const [name, data] of verdict.snapshot?.files ?? []) {
    const path = `${verdict.snapshot!.dir}/${name}`;
    await write(path, data);
    committed.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
  }
  const appended = run.record
    ? await appendToLog(run.location, verdict.logEntry, committed, ports.git)
    : null;
  if (appended?.notPushed) {
    const kept = `${EVENTS_DIR}/${id}.log-entry.ndjson`;
    await write(kept, `${appended.line}\n`);
    ports.reporter.warning(
      `driftgate could not append to the governance log (${appended.notPushed}). Nothing is lost: the entry is kept` +
        (verdict.writesRefused ? '' : ` in ${kept} and`) +
        ' in the job summary; append it with `driftgate log append FILE` from a job that can push' +
        ' (see the README for the workflow_run recipe).',
    );
  }
  if (verdict.snapshot) {
    // The snapshot's export of the complete log: as this run read it, its own entry last when it wrote one.
    const own = appended ? [new TextEncoder().encode(`${appended.line}\n`)] : [];
    await write(`${verdict.snapshot.dir}/GOVERNANCE_LOG.ndjson`, Buffer.concat([...run.logSegments, ...own]));
  }
  return appended;
}
