// What the settings are without validating any value: their names, their defaults, the error
// type. Kept apart from the zod schema (settings.ts) so that a command given no setting — a bare
// `driftgate verify`, `driftgate --help` — starts without loading and building the validator.
import type { Settings } from './settings.js';

/** Where a raw value came from, for error messages. */
export type Source = { kind: 'input' } | { kind: 'flag' } | { kind: 'file'; path: string };

/** One raw value with its origin. */
export interface RawValue {
  value: unknown;
  source: Source;
}

/** Settings that could not be validated; the message names the source, key, value and expectation. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Every setting of SPEC §3, keyed by its public (input) name, with its default (the schema applies these). */
export const SETTING_DEFAULTS = {
  config: '.github/driftgate.yml',
  mode: 'check',
  baseline: 'BASELINE_REF.sha256',
  sealed: [],
  'baseline-ref': '',
  'protected-paths': ['governance/runtime/**'],
  invariants: [],
  'test-command': '',
  'test-report': [],
  'test-console': '',
  'test-exit-code': null,
  'test-timeout': 60,
  'runtime-baseline': 'governance/RUNTIME_BASELINE.json',
  outputs: [],
  policies: ['governance/policies/**/*.{json,yml,yaml}'],
  traces: ['governance/traces/**/*.ndjson'],
  log: 'governance/GOVERNANCE_LOG.ndjson',
  'log-branch': 'driftgate-log',
  'log-key': '',
  'fail-on': 'PRODUCT_DRIFT',
  comment: true,
  escalate: 'TOOLING_DRIFT',
  architects: [],
  'governed-refs': [],
  'issue-labels': [],
  'github-token': '',
} as const;

/** A setting's public name. */
export type SettingName = keyof typeof SETTING_DEFAULTS;

/** The public setting names (action inputs, config keys, CLI flags). */
export const SETTING_NAMES = Object.keys(SETTING_DEFAULTS) as SettingName[];

/** The settings when no layer gives a value: what the schema makes of `{}` (each list a fresh copy). */
export function computeDefaultSettings(): Settings {
  return Object.fromEntries(
    Object.entries(SETTING_DEFAULTS).map(([k, v]) => [k, Array.isArray(v) ? [...(v as unknown[])] : v]),
  ) as Settings;
}

/**
 * parseSettings (settings.ts), loading the validator only when some layer holds a value: without
 * any there is nothing to validate and the result is the defaults.
 */
export async function parseSettingsOnDemand(
  layers: ReadonlyArray<Record<string, RawValue>>,
): Promise<Settings> {
  if (layers.every((layer) => Object.keys(layer).length === 0)) return computeDefaultSettings();
  const { parseSettings } = await import('./settings.js');
  return parseSettings(layers);
}
