import { createJudgedSide, openTrustedSide } from '../adapters/trusted-side.js';
import type { Git } from '../ports/git.js';
import type { TrustedSide } from '../ports/trusted-side.js';
import type { Workspace } from '../ports/workspace.js';
import { SETTING_NAMES, type RawValue, type Settings } from './settings.js';
import { loadTrustedSettings, type TrustReport } from './trusted.js';

/** The config file path used when none is given. */
export const DEFAULT_CONFIG = '.github/driftgate.yml';

/**
 * Settings from the config file on the trusted side (the commit `baseline-ref` names, else the
 * checked-out tree) and the given layer (step inputs or CLI flags, which win). The change's own
 * config file never configures the run; how it differs is in `trust`.
 */
export async function loadSettingsWithTrust(
  workspace: Workspace,
  given: Record<string, RawValue>,
  event: {
    name: string;
    payload: object;
    git: Git | null;
    workflowPath?: string | null;
    /** A `baseline` named explicitly must exist (false for `driftgate seal`, which writes it). */
    requireBaseline?: boolean;
  },
): Promise<{ settings: Settings; trust: TrustReport; trusted: TrustedSide }> {
  const givenRef = String(given['baseline-ref']?.value ?? '');
  const trusted = await openTrustedSide({
    root: workspace.root,
    git: event.git,
    givenRef,
    eventName: event.name,
    payload: event.payload,
  });
  const { settings, trust } = await loadTrustedSettings(given, {
    trusted,
    judged: createJudgedSide(workspace.root),
    workflowPath: event.workflowPath ?? null,
    requireBaseline: event.requireBaseline ?? true,
  });
  // The run is judged against the commit its settings were read at.
  if (!settings['baseline-ref'] && trusted.ref) settings['baseline-ref'] = trusted.ref;
  return { settings, trust, trusted };
}

/** Raw values of the given names whose value is non-empty, tagged with a source. */
export function layerFrom(
  get: (name: string) => string | undefined,
  source: RawValue['source'],
): Record<string, RawValue> {
  const out: Record<string, RawValue> = {};
  for (const name of SETTING_NAMES) {
    const value = get(name);
    if (value !== undefined && value !== '') out[name] = { value, source };
  }
  return out;
}

/** The workflow file's path from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`). */
export function workflowPathOf(workflowRef: string | undefined): string | null {
  const m = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(workflowRef ?? '');
  return m ? m[1]! : null;
}
