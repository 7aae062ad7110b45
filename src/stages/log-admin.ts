import type { Git } from '../ports/git.js';
import type { Workspace } from '../ports/workspace.js';
import { SettingsError } from '../settings/settings.js';
import { allSegments, appendKeptObservations, readSegmentsAt, type LogLocation } from './log.js';

/**
 * The whole log, for reading and verifying it: origin's log branch (the local branch of that name
 * in a clone without an origin), else the workspace file.
 */
export async function readWholeLog(
  location: LogLocation,
  ports: { git: Git | null; workspace: Workspace },
): Promise<{ segments: Uint8Array[]; where: string }> {
  const { git } = ports;
  if (location.dedicated && git && location.branch) {
    const tip = (await git.hasOrigin())
      ? await git.fetchBranch(location.branch)
      : await git.resolveCommit(location.branch);
    if (!tip) return { segments: [], where: `${location.branch} (does not exist yet)` };
    return {
      segments: allSegments(await readSegmentsAt(git, tip, location.path)),
      where: `${location.branch}:${location.path}`,
    };
  }
  const file = await ports.workspace.readFile(location.path);
  return { segments: file.state === 'present' ? [file.bytes] : [], where: location.path };
}

/**
 * Appends the entries a run kept because it could not push (`<event>.log-entry.ndjson`): only
 * OBSERVATION entries a gate run wrote (see appendKeptObservations), re-chained after the log's tip.
 */
export async function appendKeptEntries(
  file: string,
  location: LogLocation,
  ports: { git: Git | null; workspace: Workspace },
  onAppended: (appended: { type: string; event_id: string; entry: string }) => void,
): Promise<void> {
  const read = await ports.workspace.readFile(file);
  if (read.state !== 'present')
    throw new SettingsError(`${file}: ${read.state === 'absent' ? 'not found' : read.error}`);
  for (const r of await appendKeptObservations(location, file, read.bytes, ports.git))
    onAppended({ type: 'OBSERVATION', ...r });
}
