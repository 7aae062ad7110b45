import type { Classification } from './classification.js';

/** Hours after which a STABLE run takes a snapshot again (SPEC §2: daily snapshot). */
export const STABLE_SNAPSHOT_HOURS = 24;

/**
 * SPEC §2: PRODUCT_DRIFT and INCIDENT snapshot at once; STABLE and TOOLING_DRIFT only on
 * `schedule` runs or when the last snapshot is over 24 h old (or there is none).
 */
export function needsSnapshot(
  classification: Classification,
  eventName: string,
  lastSnapshotAt: string | null,
  now: Date,
): boolean {
  if (classification === 'PRODUCT_DRIFT' || classification === 'INCIDENT') return true;
  if (eventName === 'schedule') return true;
  if (!lastSnapshotAt) return true;
  return now.getTime() - Date.parse(lastSnapshotAt) > STABLE_SNAPSHOT_HOURS * 3_600_000;
}

/** The folder of a snapshot in the workspace and on the log branch (SPEC §5). */
export const snapshotDir = (snapshotId: string): string => `governance/runtime/snapshots/${snapshotId}`;
