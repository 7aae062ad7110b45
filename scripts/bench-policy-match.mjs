// Worst cases of policy pattern matching: the patterns that make backtracking engines run for
// minutes, at the largest sizes a policy and a trace may hold. Prints one Markdown table.
//   node scripts/bench-policy-match.mjs        (also run by npm run bench, section policy-match)
import { performance } from 'node:perf_hooks';
import { importTs } from './import-ts.mjs';

export async function benchPolicyMatch() {
  const m = await importTs(['src/core/policy/match.ts']);
  const bomb = `${'*a'.repeat(24)}*b`;
  const biggest = `${'*a'.repeat((m.MAX_PATTERN_CHARS - 2) / 2)}*b`;
  const cases = [
    {
      name: 'reported bomb: `*a`×24 `*b` vs 50 `a`s (command)',
      pattern: bomb,
      target: 'a'.repeat(50),
      glob: false,
    },
    { name: 'same as a glob', pattern: bomb, target: 'a'.repeat(50), glob: true },
    {
      name: `largest pattern (${m.MAX_PATTERN_CHARS} chars) vs largest target (${m.MAX_TARGET_CHARS} \`a\`s)`,
      pattern: biggest,
      target: 'a'.repeat(m.MAX_TARGET_CHARS),
      glob: false,
    },
    {
      name: 'glob `**/` × 300 then `*b` vs 4,096 chars of `a/`',
      pattern: `${'**/'.repeat(300)}*b`,
      target: 'a/'.repeat(m.MAX_TARGET_CHARS / 2),
      glob: true,
    },
    {
      name: 'regex `/^(a+)+b$/` vs 4,096 `a`s',
      pattern: '/^(a+)+b$/',
      target: 'a'.repeat(m.MAX_TARGET_CHARS),
      glob: false,
    },
    {
      name: 'regex `/(a|aa)*c/` vs 4,096 `a`s',
      pattern: '/(a|aa)*c/',
      target: 'a'.repeat(m.MAX_TARGET_CHARS),
      glob: false,
    },
  ];
  const rows = cases.map((c) => {
    let steps = '—';
    if (!m.regexOf(c.pattern)) {
      const counter = { steps: 0 };
      m.runAutomaton(m.compileAutomaton(c.pattern, c.glob), c.target, counter);
      steps = counter.steps.toLocaleString('en');
    }
    const match = m.compilePattern(c.pattern, c.glob);
    const t0 = performance.now();
    const result = match(c.target);
    const ms = performance.now() - t0;
    return `| ${c.name} | ${result} | ${steps} | ${ms.toFixed(2)} ms |`;
  });
  process.stdout.write(
    [
      '| policy match worst case | matches | automaton steps (no cache) | time (cached automaton or RE2JS) |',
      '|---|---|---|---|',
      ...rows,
    ].join('\n') + '\n',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPolicyMatch();
