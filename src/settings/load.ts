import type { Workspace } from '../ports/workspace.js';
import { parseConfigFile } from './config-file.js';
import { parseSettings, SettingsError, SETTING_NAMES, type RawValue, type Settings } from './settings.js';

/** The config file path used when none is given. */
export const DEFAULT_CONFIG = '.github/driftgate.yml';

/**
 * Settings from the config file and the given layer (step inputs or CLI flags, which win).
 * A config path that was given explicitly must exist; the default one is optional.
 */
export async function loadSettings(workspace: Workspace, given: Record<string, RawValue>): Promise<Settings> {
  const explicit = given.config !== undefined;
  const configPath = explicit ? String(given.config!.value) : DEFAULT_CONFIG;
  // Validate the path itself before reading it (it must stay inside the workspace).
  parseSettings([{ config: { value: configPath, source: given.config?.source ?? { kind: 'input' } } }]);
  const file = await workspace.readFile(configPath);
  let fileLayer: Record<string, RawValue> = {};
  if (file.state === 'present') fileLayer = parseConfigFile(new TextDecoder().decode(file.bytes), configPath);
  else if (file.state === 'unreadable')
    throw new SettingsError(`${configPath}: cannot be read: ${file.error}`);
  else if (explicit) throw new SettingsError(`${configPath}: config file not found (given as config)`);
  return parseSettings([fileLayer, given]);
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
