import { SETTING_NAMES, type RawValue } from './defaults.js';

/** The config file path used when none is given. */
export const DEFAULT_CONFIG = '.github/driftgate.yml';

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
