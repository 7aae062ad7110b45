import { describe, expect, it } from 'vitest';
import {
  computeBreakPoint,
  computeCauseLine,
  computeFrames,
  computeReportBase,
  isToolingPath,
} from '../../../src/core/tests/break-point.js';

const at = (text: string, reportBases: string[] = []) =>
  computeBreakPoint({ lines: text.split('\n'), reportBases });

describe('computeReportBase', () => {
  it.each([
    ['reports/**', 'reports'],
    ['reports/*.xml', 'reports'],
    ['./out/junit/**/*.xml', 'out/junit'],
    ['reports/jest.json', 'reports/jest.json'],
    ['**/*.xml', ''],
  ])('%s → %s', (pattern, base) => expect(computeReportBase(pattern)).toBe(base));
});

describe('isToolingPath', () => {
  it.each([
    ['/w/node_modules/vitest/dist/index.js', true],
    ['node:internal/modules/cjs/loader', true],
    ['/usr/lib/python3.11/site-packages/_pytest/main.py', true],
    ['/w/src/price.js', false],
    ['tests/price.test.js', false],
  ])('%s: %s', (path, tooling) => expect(isToolingPath(path)).toBe(tooling));
});

describe('computeBreakPoint places a break by where it happened', () => {
  it('a file system error under a report folder: while the reporters wrote, with the path', () => {
    const b = at("Error: EACCES: permission denied, open '/w/out/junit.xml'\n  errno: -13", ['out']);
    expect(b).toMatchObject({ place: 'reporting', rule: 'report-write', frames: ['/w/out/junit.xml'] });
  });

  it('the same error elsewhere is not a report write', () => {
    expect(at("Error: EACCES: permission denied, open '/w/data/cache.db'", ['out'])).toBeNull();
  });

  it("a package missing for the toolchain, with the toolchain's frames as evidence", () => {
    const b = at(
      [
        "Error: Cannot find module 'glob'",
        'Require stack:',
        '- /w/node_modules/mocha/lib/cli/run.js',
        '    at Module._resolveFilename (node:internal/modules/cjs/loader:1207:15)',
      ].join('\n'),
    );
    expect(b).toMatchObject({
      place: 'start',
      rule: 'runner-module',
      cause: "Error: Cannot find module 'glob'",
    });
    expect(b!.frames[0]).toBe('/w/node_modules/mocha/lib/cli/run.js');
  });

  it("a module the project's own file imports is the product's: no break", () => {
    expect(
      at(
        "Error: Cannot find module '../src/ledger.js' imported from /w/tests/price.test.js\n ❯ tests/price.test.js:1:1",
      ),
    ).toBeNull();
  });

  it('usage and configuration errors are breaks before any test ran', () => {
    expect(at('CACError: Unknown option `--frobnicate`')).toMatchObject({ rule: 'runner-usage' });
    expect(at('node: bad option: --frobnicate')).toMatchObject({ rule: 'runner-usage' });
    expect(at('failed to load config from /w/vitest.config.mjs')).toMatchObject({ rule: 'runner-config' });
    expect(at('ℹ tests 0')).toMatchObject({ rule: 'nothing-to-run' });
  });

  it('a failed assertion is no break: the product rules judge it', () => {
    expect(at('AssertionError: expected 1200 to be 1201\n ❯ tests/price.test.js:4:59')).toBeNull();
  });
});

describe('computeFrames', () => {
  it('reads node, vitest and Python frames', () => {
    const lines = [
      'Error: boom',
      '    at load (/w/src/rates.js:2:9)',
      ' ❯ tests/price.test.js:4:59',
      '  File "/w/rates.py", line 3, in <module>',
    ];
    expect(computeFrames(lines, 0)).toEqual(['/w/src/rates.js:2', 'tests/price.test.js:4', '/w/rates.py:3']);
  });
});

describe('computeCauseLine', () => {
  it('skips the runner header and the code excerpt', () => {
    const jest = [
      '● Test suite failed to run',
      '',
      '    the rate table is corrupt',
      '',
      "    > 2 |   throw new Error('the rate table is corrupt');",
    ].join('\n');
    expect(computeCauseLine(jest)).toBe('the rate table is corrupt');
  });

  it('prefers the error line', () => {
    expect(
      computeCauseLine("● Test suite failed to run\n\nCannot find module '@babel/preset-typescript'"),
    ).toBe("Cannot find module '@babel/preset-typescript'");
  });
});
