import { describe, expect, it } from 'vitest';
import { createJobLogGroup } from '../../src/adapters/job-log-group.js';
import { neutralizeTemplate } from '../../src/core/render/incident-report.js';
import type { SideFile } from '../../src/ports/trusted-side.js';
import { parseConfigLenient } from '../../src/settings/config-file.js';
import { workflowPathOf } from '../../src/settings/load.js';
import { computeTrustFindings, loadTrustedSettings } from '../../src/settings/trusted.js';

const enc = (s: string) => new TextEncoder().encode(s);
/** A side over an in-memory map of files. */
const side = (ref: string | null, files: Record<string, string | SideFile>) => ({
  ref,
  readFile: async (path: string): Promise<SideFile> => {
    const f = files[path];
    if (f === undefined) return { state: 'absent' };
    return typeof f === 'string' ? { state: 'present', bytes: enc(f) } : f;
  },
});
const CONFIG = '.github/driftgate.yml';

describe('loadTrustedSettings', () => {
  it('reads the config at the trusted ref; the change’s copy only shows up as a change, key by key', async () => {
    const { settings, trust } = await loadTrustedSettings(
      { 'fail-on': { value: 'TOOLING_DRIFT', source: { kind: 'input' } } },
      {
        trusted: side('a'.repeat(40), {
          [CONFIG]: 'sealed: src/**\nlog-branch: driftgate-log\n',
          'BASELINE_REF.sha256': 'x',
        }),
        judged: side(null, { [CONFIG]: 'sealed: ""\nlog-branch: main\nbaseline: none\n' }),
      },
    );
    expect(settings.sealed).toEqual(['src/**']);
    expect(settings['log-branch']).toBe('driftgate-log');
    expect(settings['fail-on']).toBe('TOOLING_DRIFT');
    expect(trust.change!.keys.map((k) => k.key)).toEqual(['baseline', 'log-branch', 'sealed']);
    const [changed] = computeTrustFindings(trust, new Set());
    expect(changed).toMatchObject({ code: 'CONFIG_CHANGED', classification: 'PRODUCT_DRIFT' });
    expect(changed!.message).toContain('log-branch: "driftgate-log" → "main"');
    // Accepted by a decision recording the file's sha256: the finding is gone.
    expect(computeTrustFindings(trust, new Set([trust.change!.changeSha256!]))).toEqual([]);
  });

  it('without a ref the tree is the trusted side and nothing is compared', async () => {
    const { settings, trust } = await loadTrustedSettings(
      {},
      { trusted: side(null, { [CONFIG]: 'sealed: lib/**\n' }), judged: side(null, {}) },
    );
    expect(settings.sealed).toEqual(['lib/**']);
    expect(trust.change).toBeNull();
  });

  it('keeps the valid keys of a bad trusted config and reports the rest; inputs still abort', async () => {
    const { settings, trust } = await loadTrustedSettings(
      {},
      {
        trusted: side(null, { [CONFIG]: 'sealed: lib/**\nfail-on: NOPE\nlog-key: oops\n' }),
        judged: side(null, {}),
      },
    );
    expect(settings.sealed).toEqual(['lib/**']);
    expect(trust.findings.map((f) => f.code)).toEqual(['CONFIG_INVALID', 'CONFIG_INVALID']);
    expect(JSON.stringify(trust.findings)).not.toContain('oops');
    await expect(
      loadTrustedSettings(
        { 'fail-on': { value: 'NOPE', source: { kind: 'input' } } },
        {
          trusted: side(null, {}),
          judged: side(null, {}),
        },
      ),
    ).rejects.toThrow('input fail-on: expected PRODUCT_DRIFT|TOOLING_DRIFT, got "NOPE"');
  });

  it('an explicit baseline or config that exists nowhere throws; one that exists on either side does not', async () => {
    const sides = { trusted: side('b'.repeat(40), { 'M.sha256': 'x' }), judged: side(null, {}) };
    await expect(
      loadTrustedSettings({ baseline: { value: 'missing', source: { kind: 'flag' } } }, sides),
    ).rejects.toThrow(
      'missing: the sealed manifest does not exist here or at bbbbbbbbbbbb (given as --baseline)',
    );
    await expect(
      loadTrustedSettings({ baseline: { value: 'M.sha256', source: { kind: 'flag' } } }, sides),
    ).resolves.toBeDefined();
    await expect(
      loadTrustedSettings({ config: { value: 'nope.yml', source: { kind: 'input' } } }, sides),
    ).rejects.toThrow('nope.yml: config file not found');
  });
});

describe('parseConfigLenient', () => {
  it('turns every kind of bad file into problems, never an exception', () => {
    const cases = [
      'a: [',
      '- a\n- b\n',
      `x: ${'['.repeat(5000)}${']'.repeat(5000)}`,
      '\xff',
      'a: &a [1]\nb: [*a, *a]\nsealed: x\n',
    ];
    for (const text of cases) {
      const bytes = text === '\xff' ? new Uint8Array([0xff]) : enc(text);
      expect(() => parseConfigLenient(bytes, CONFIG)).not.toThrow();
    }
    expect(parseConfigLenient(enc('a: [\n'), CONFIG).problems[0]!.message).toMatch(
      /^\.github\/driftgate\.yml:\d+:\d+: invalid YAML/,
    );
  });
});

describe('workflowPathOf', () => {
  it('reads the workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(workflowPathOf('octo/app/.github/workflows/gate.yml@refs/pull/7/merge')).toBe(
      '.github/workflows/gate.yml',
    );
    expect(workflowPathOf(undefined)).toBeNull();
  });
});

describe('neutralizeTemplate', () => {
  it('breaks mentions, drops images, shows HTML as text, keeps Markdown', () => {
    const out = neutralizeTemplate(
      '# T\ncc @org/team, mail a@b.c\n![x](http://e/p.png) <img src=x> <!-- m --> &#64;u **bold**\n',
    );
    expect(out).toBe(
      '# T\ncc @&#8203;org/team, mail a@b.c\nx &lt;img src=x> &lt;!-- m --> &amp;#64;u **bold**\n',
    );
  });
});

describe('createJobLogGroup', () => {
  it('prints whole redacted lines between stop-commands and the resume token, inside a group', () => {
    const printed: string[] = [];
    const g = createJobLogGroup('driftgate runs: npm test', ['s3cret-value'], (t) => void printed.push(t));
    g.write('line one s3cret');
    g.write('-value\n::set-output name=x::y\npartial');
    g.end();
    const text = printed.join('');
    const token = /::stop-commands::([0-9a-f]{32})/.exec(text)![1]!;
    expect(text).toBe(
      `::group::driftgate runs: npm test\n::stop-commands::${token}\nline one ***\n::set-output name=x::y\npartial\n::${token}::\n::endgroup::\n`,
    );
  });
});
