import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import {
  compileAutomaton,
  compilePattern,
  createDfaMatcher,
  MAX_PATTERN_CHARS,
  PatternError,
  runAutomaton,
} from '../../../src/core/policy/match.js';

/** Steps the automaton takes on one target. */
function steps(pattern: string, target: string, glob: boolean): { steps: number; states: number } {
  const a = compileAutomaton(pattern, glob);
  const counter = { steps: 0 };
  runAutomaton(a, target, counter);
  return { steps: counter.steps, states: a.prog.length };
}

/** Patterns built from the pieces that make backtracking engines explode. */
const adversarialPattern = fc
  .array(fc.constantFrom('*', '**', '*a', 'a*', '?', 'a', '/', '{a,aa}', '[ab]', '**/', 'b'), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => parts.join(''));
const adversarialTarget = fc
  .tuple(
    fc.integer({ min: 0, max: 400 }),
    fc.constantFrom('', 'b', 'c', '/b', 'a/'),
    fc.constantFrom('a', 'a/', 'aa'),
  )
  .map(([n, tail, unit]) => `${unit.repeat(n)}${tail}`);

describe('linear-time matching', () => {
  it('the reported bomb (`*a` × 24 then `*b` against 50 `a`s) takes a number of steps bounded by states × characters', () => {
    for (const glob of [false, true]) {
      const { steps: n, states } = steps(`${'*a'.repeat(24)}*b`, 'a'.repeat(50), glob);
      expect(n).toBeLessThanOrEqual(2 * states * 51);
    }
  });

  it('on adversarial wildcards and globs, steps never exceed 2 × states × (target length + 1)', () => {
    fc.assert(
      fc.property(adversarialPattern, adversarialTarget, fc.boolean(), (pattern, target, glob) => {
        const { steps: n, states } = steps(pattern, target, glob);
        // States grow linearly with the pattern (at most 4 per character), so the bound is linear in each.
        expect(states).toBeLessThanOrEqual(4 * pattern.length + 2);
        expect(n).toBeLessThanOrEqual(2 * states * ([...target].length + 1));
      }),
      { numRuns: 300 },
    );
  });

  it('each added character costs at most 2 × states steps', () => {
    fc.assert(
      fc.property(
        adversarialPattern,
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        (pattern, n, k) => {
          const short = steps(pattern, 'a'.repeat(n), true);
          const long = steps(pattern, 'a'.repeat(n + k), true);
          expect(long.steps - short.steps).toBeLessThanOrEqual(2 * short.states * k);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the lazily determinized matcher answers as the automaton does', () => {
    fc.assert(
      fc.property(
        adversarialPattern,
        fc.array(adversarialTarget, { maxLength: 5 }),
        fc.boolean(),
        (pattern, targets, glob) => {
          const a = compileAutomaton(pattern, glob);
          const dfa = createDfaMatcher(a);
          for (const t of targets) expect(dfa(t), `${pattern} on ${t}`).toBe(runAutomaton(a, t));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('regexes go to an engine without backtracking: catastrophic shapes answer, backreferences are refused', () => {
    const long = 'a'.repeat(20_000);
    expect(compilePattern('/^(a+)+b$/', false)(long)).toBe(false);
    expect(compilePattern('/(a|aa)*c/', false)(long)).toBe(false);
    expect(compilePattern('/^(a|a?)+$/', false)(long)).toBe(true);
    expect(compilePattern('/^git (push|pull)$/i', false)('GIT PUSH')).toBe(true);
    expect(compilePattern('/deploy/', false)('npm run deploy -- prod')).toBe(true);
    expect(() => compilePattern('/(a)\\1/', false)).toThrow(PatternError);
    expect(() => compilePattern('/(?=a)a/', false)).toThrow(PatternError);
    expect(() => compilePattern('*'.repeat(MAX_PATTERN_CHARS + 1), false)).toThrow(
      `at most ${MAX_PATTERN_CHARS} characters (this one has ${MAX_PATTERN_CHARS + 1})`,
    );
  });
});

describe('glob semantics agree with picomatch (dot files included) on ordinary patterns', () => {
  const segment = fc.constantFrom('src', 'a', 'b.ts', '.env', 'x.lock', 'lib', 'test');
  const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
  const piece = fc.constantFrom(
    'src',
    'a',
    '*',
    '**',
    '*.ts',
    '*.lock',
    '.env',
    '{a,lib}',
    '?.ts',
    '[ab]',
    'b.ts',
    'test',
  );
  const glob = fc.array(piece, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));

  it('matches exactly what picomatch matches', () => {
    fc.assert(
      fc.property(glob, path, (pattern, target) => {
        // picomatch lets `x/**` match `x` but not `x/*/**` match `x/y`; here a trailing `/**` always
        // may match nothing (as for `x/**`), so that one case is left out of the comparison.
        fc.pre(!(pattern.endsWith('/**') && picomatch.isMatch(target, pattern.slice(0, -3), { dot: true })));
        const expected = picomatch.isMatch(target, pattern, { dot: true });
        expect(compilePattern(pattern, true)(target), `${pattern} on ${target}`).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('commands: `*` crosses spaces and slashes; everything else is literal', () => {
    const m = compilePattern('rm *', false);
    expect(m('rm -rf /tmp/x')).toBe(true);
    expect(m('rmdir x')).toBe(false);
    expect(compilePattern('git push (force)', false)('git push (force)')).toBe(true);
    expect(compilePattern('a.b', false)('axb')).toBe(false);
    expect(compilePattern('ls ?', false)('ls ?')).toBe(true);
    expect(compilePattern('ls ?', false)('ls x')).toBe(false);
    // Characters outside the BMP compare alike in pattern and target.
    expect(compilePattern('deploy 🚀 *', false)('deploy 🚀 now')).toBe(true);
    expect(compilePattern('docs/🚀/**', true)('docs/🚀/a.md')).toBe(true);
  });
});
