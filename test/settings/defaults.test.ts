import { describe, expect, it } from 'vitest';
import {
  computeDefaultSettings,
  parseSettingsOnDemand,
  SETTING_NAMES,
  SettingsError,
  type RawValue,
} from '../../src/settings/defaults.js';
import { parseSettings, settingsSchema } from '../../src/settings/settings.js';

describe('computeDefaultSettings', () => {
  it('is what the schema makes of no value at all, key for key and in the same order', () => {
    const fromSchema = parseSettings([]);
    const defaults = computeDefaultSettings();
    expect(defaults).toEqual(fromSchema);
    expect(Object.keys(defaults)).toEqual(Object.keys(fromSchema));
    expect(SETTING_NAMES).toEqual(Object.keys(settingsSchema.shape));
  });

  it('gives every run its own lists', () => {
    const a = computeDefaultSettings();
    a['protected-paths'].push('elsewhere/**');
    a.sealed.push('src/**');
    expect(computeDefaultSettings()['protected-paths']).toEqual(['governance/runtime/**']);
    expect(computeDefaultSettings().sealed).toEqual([]);
  });
});

describe('parseSettingsOnDemand', () => {
  it('gives the defaults when no layer holds a value', async () => {
    expect(await parseSettingsOnDemand([{}, {}])).toEqual(parseSettings([]));
    expect(await parseSettingsOnDemand([])).toEqual(parseSettings([]));
  });

  it('validates any value exactly as parseSettings does', async () => {
    const layers: Record<string, RawValue>[] = [
      { sealed: { value: 'src/**\nlib/**', source: { kind: 'flag' } as const } },
      { 'fail-on': { value: 'TOOLING_DRIFT', source: { kind: 'input' } as const } },
    ];
    expect(await parseSettingsOnDemand(layers)).toEqual(parseSettings(layers));
    const bad: Record<string, RawValue>[] = [
      { 'test-timeout': { value: 'soon', source: { kind: 'flag' } as const } },
    ];
    const error = await parseSettingsOnDemand(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as Error).message).toBe('--test-timeout: expected a number of minutes, got "soon"');
    expect(() => parseSettings(bad)).toThrow((error as Error).message);
  });
});
