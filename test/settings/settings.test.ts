import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OUTPUT_NAMES } from '../../src/gate.js';
import { parseConfigFile } from '../../src/settings/config-file.js';
import { defaultBaselineRef } from '../../src/settings/event.js';
import { parseSettings, SETTING_NAMES, type RawValue } from '../../src/settings/settings.js';

const input = (values: Record<string, unknown>): Record<string, RawValue> =>
  Object.fromEntries(
    Object.entries(values).map(([k, value]) => [k, { value, source: { kind: 'input' } as const }]),
  );
const file = (text: string) => parseConfigFile(text, '.github/driftgate.yml');

describe('parseSettings', () => {
  it('applies the SPEC defaults', () => {
    const s = parseSettings([]);
    expect(s).toMatchObject({
      config: '.github/driftgate.yml',
      mode: 'check',
      baseline: 'BASELINE_REF.sha256',
      sealed: [],
      'protected-paths': ['governance/runtime/**'],
      'test-timeout': 60,
      'fail-on': 'PRODUCT_DRIFT',
      escalate: 'TOOLING_DRIFT',
      comment: true,
      'log-branch': 'driftgate-log',
      'test-exit-code': null,
    });
  });

  it('lets a step input win over the config file, and the file over the defaults', () => {
    const s = parseSettings([
      file('fail-on: TOOLING_DRIFT\nsealed:\n  - src/**\n  - lib/**\ncomment: false\n'),
      input({ 'fail-on': 'PRODUCT_DRIFT' }),
    ]);
    expect(s['fail-on']).toBe('PRODUCT_DRIFT');
    expect(s.sealed).toEqual(['src/**', 'lib/**']);
    expect(s.comment).toBe(false);
  });

  it('reads newline-separated inputs, invariants and logins', () => {
    const s = parseSettings([
      input({
        sealed: 'src/**\n\n  dist/**  \n# a comment',
        invariants: 'INV-D-01: npm run check\nINV-D-02:   test -f a',
        architects: '@alice, bob\ncarol',
      }),
    ]);
    expect(s.sealed).toEqual(['src/**', 'dist/**']);
    expect(s.invariants).toEqual([
      { id: 'INV-D-01', command: 'npm run check' },
      { id: 'INV-D-02', command: 'test -f a' },
    ]);
    expect(s.architects).toEqual(['alice', 'bob', 'carol']);
  });

  it('names the source, key, expectation and value of a bad setting', () => {
    expect(() => parseSettings([file('fail-on: alow\n')])).toThrow(
      '.github/driftgate.yml: fail-on: expected PRODUCT_DRIFT|TOOLING_DRIFT, got "alow"',
    );
    expect(() => parseSettings([input({ 'test-timeout': 'soon' })])).toThrow(
      /^input test-timeout: .*minutes, got "soon"/,
    );
    expect(() => parseSettings([input({ invariants: 'just a command' })])).toThrow(
      /^input invariants\[0\]: expected "ID: command".*got "just a command"/,
    );
    expect(() => parseSettings([input({ baseline: '../outside.sha256' })])).toThrow(/inside the workspace/);
    expect(() => parseSettings([file('sealed: [1, 2]\n')])).toThrow(/\.github\/driftgate\.yml: sealed\[0\]/);
  });

  it('rejects unknown keys and secrets in the config file', () => {
    expect(() => parseSettings([file('seald: src/**\n')])).toThrow(
      /\.github\/driftgate\.yml: seald: unknown setting/,
    );
    expect(() => parseSettings([file('log-key: hunter2\n')])).toThrow(
      /secrets may not be stored in the config file/,
    );
  });

  it('reports YAML errors with line and column', () => {
    expect(() => file('sealed:\n  - a\n bad: [\n')).toThrow(
      /^\.github\/driftgate\.yml:\d+:\d+: invalid YAML/,
    );
    expect(() => file('- a\n- b\n')).toThrow(/expected a mapping/);
    expect(file('')).toEqual({});
  });
});

describe('defaultBaselineRef', () => {
  it('follows SPEC §3 per event', () => {
    expect(defaultBaselineRef('pull_request', { pull_request: { base: { sha: 'abc' } } })).toBe('abc');
    expect(defaultBaselineRef('pull_request_target', { pull_request: { base: { sha: 'abc' } } })).toBe('abc');
    expect(defaultBaselineRef('push', { before: 'def' })).toBe('def');
    expect(defaultBaselineRef('push', { before: '0'.repeat(40) })).toBe('');
    expect(defaultBaselineRef('schedule', {})).toBe('');
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'));
  it('declares exactly the settings as inputs, and the SPEC §4 outputs', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...SETTING_NAMES].sort());
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('states in each description the default the settings apply', () => {
    const defaults = parseSettings([]) as Record<string, unknown>;
    for (const name of SETTING_NAMES) {
      const stated = /Default: (.*?)\.?$/.exec(action.inputs[name].description)?.[1];
      expect(stated, name).toBeDefined();
      const value = defaults[name];
      // Computed at run time: from the event payload, and from the workflow's token.
      if (name === 'github-token' || name === 'baseline-ref') continue;
      if (Array.isArray(value) ? value.length === 0 : value === '' || value === null)
        expect(stated, name).toBe('empty');
      else expect(stated, name).toBe(`\`${Array.isArray(value) ? value.join('\n') : String(value)}\``);
    }
  });
});

describe('README', () => {
  it('has the inputs/outputs tables generated from action.yml', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const docs = (await import('../../scripts/docs.mjs')) as {
      renderActionTables: (action: string) => string;
      replaceBlock: (readme: string, name: string, content: string) => string;
    };
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const action = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
    expect(docs.replaceBlock(readme, 'action-tables', docs.renderActionTables(action))).toBe(readme);
  });
});
