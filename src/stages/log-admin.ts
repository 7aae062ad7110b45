import { logEntrySchema, type EntryDraft } from '../core/log/entry.js';
import type { Git } from '../ports/git.js';
import type { Workspace } from '../ports/workspace.js';
import { SettingsError } from '../settings/settings.js';
import { allSegments, appendToLog, readSegmentsAt, type LogLocation } from './log.js';

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
 * Appends entries a run kept because it could not push (`<event>.log-entry.ndjson`): each line is
 * checked against the entry schema and re-chained after the log's tip with a fresh seq and prev.
 * Stops at the first line that cannot be appended; the lines before it stay appended.
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
  const lines = new TextDecoder()
    .decode(read.bytes)
    .split('\n')
    .filter((l) => l.trim() !== '');
  for (const [i, text] of lines.entries()) {
    let parsed;
    try {
      parsed = logEntrySchema.parse(JSON.parse(text));
    } catch (e) {
      throw new SettingsError(
        `${file}: line ${i + 1}: not a governance log entry: ${(e as Error).message.split('\n')[0]}`,
      );
    }
    const { seq: _seq, prev: _prev, mac: _mac, ...draft } = parsed;
    const appended = await appendToLog(location, draft as EntryDraft, new Map(), ports.git);
    if (appended.notPushed) throw new Error(`${file}: line ${i + 1}: not appended: ${appended.notPushed}`);
    onAppended({ type: draft.type, event_id: draft.event_id, entry: appended.id });
  }
}
