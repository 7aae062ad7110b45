import { describe, expect, it } from 'vitest';
import {
  computeDefaultSettings,
  parseSettingsOnDemand,
  SETTING_NAMES,
  SettingsError,
  type RawValue,
} from '../../src/settings/defaults.js';
import { parseSettings, settingsSchemaOf } from '../../src/settings/settings.js';

describe('computeDefaultSettings', () => {
  it('is what the schema makes of no value at all, key for key and in the same order', () => {
    const fromSchema = parseSettings([]);
    const defaults = computeDefaultSettings();
    expect(defaults).toEqual(fromSchema);
    expect(Object.keys(defaults)).toEqual(Object.keys(fromSchema));
    expect(Object.keys(settingsSchemaOf(SETTING_NAMES).shape)).toEqual(SETTING_NAMES);
  });

  it('gives every run its own lists', () => {
    const a = computeDefaultSettings();
    a['protected-paths'].push('elsewhere/**');
    a.sealed.push('src/**');
    expect(computeDefaultSettings()['protected-paths']).toEqual(['governance/runtime/**']);
    expect(computeDefaultSettings().sealed).toEqual([]);
  });
});

describe('settingsSchemaOf', () => {
  const full = settingsSchemaOf(SETTING_NAMES);

  it('builds only the given settings, and parses them as the schema of every setting does', () => {
    const values = {
      sealed: 'src/**\n# not a glob\nlib/**',
      'fail-on': 'TOOLING_DRIFT',
      'test-exit-code': '3',
      comment: 'false',
      architects: '@a, b',
    };
    const given = settingsSchemaOf(['sealed', 'fail-on', 'test-exit-code', 'comment', 'architects']);
    expect(Object.keys(given.shape)).toHaveLength(5);
    expect(
      parseSettings([
        Object.fromEntries(
          Object.entries(values).map(([k, value]) => [k, { value, source: { kind: 'flag' } as const }]),
        ),
      ]),
    ).toEqual(full.parse(values));
  });

  it('reports the same problems, in the same order, unknown settings last', () => {
    const bad = { 'test-timeout': 'soon', seald: 'x', mode: 'nope', 'test-console': '/abs', invariants: 'x' };
    const issues = settingsSchemaOf(['mode', 'invariants', 'test-console', 'test-timeout']).safeParse(bad)
      .error?.issues;
    expect(issues?.map((i) => i.code)).toEqual([
      'invalid_value',
      'invalid_format',
      'custom',
      'invalid_type',
      'unrecognized_keys',
    ]);
    expect(issues).toEqual(full.safeParse(bad).error?.issues);
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
