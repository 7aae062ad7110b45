/** The counts a runner printed at the end of its console output. */
export interface ConsoleSummary {
  runner: 'vitest' | 'jest' | 'node:test' | 'mocha' | 'pytest';
  passed: number;
  failed: number;
  skipped: number;
  todo: number;
  /** Runner-level errors outside tests (vitest "Errors", pytest "error"). */
  errors: number;
  /** The line that carried the counts. */
  line: string;
}

type Reader = (lines: readonly string[]) => ConsoleSummary[];

const count = (text: string, word: RegExp): number => {
  const m = new RegExp(`(\\d+) ${word.source}`).exec(text);
  return m ? Number(m[1]) : 0;
};

/** vitest: " Tests  1 failed | 4 passed | 1 skipped | 1 todo (7)", "Errors  1 error". */
const vitest: Reader = (lines) => {
  const out: ConsoleSummary[] = [];
  lines.forEach((l, i) => {
    const m = /^\s*Tests\s{2,}(.*\(\d+\)|no tests)\s*$/.exec(l);
    if (!m) return;
    const errLine = lines.slice(i + 1, i + 3).find((n) => /^\s*Errors\s{2,}\d+ errors?/.test(n)) ?? '';
    out.push({
      runner: 'vitest',
      passed: count(m[1]!, /passed/),
      failed: count(m[1]!, /failed/),
      skipped: count(m[1]!, /skipped/),
      todo: count(m[1]!, /todo/),
      errors: count(errLine, /errors?/),
      line: l.trim(),
    });
  });
  return out;
};

/** jest: "Tests:       1 failed, 1 skipped, 1 todo, 1 passed, 4 total". */
const jest: Reader = (lines) =>
  lines
    .filter((l) => /^Tests:\s+.*\d+ total\s*$/.test(l))
    .map((l) => ({
      runner: 'jest' as const,
      passed: count(l, /passed/),
      failed: count(l, /failed/),
      skipped: count(l, /skipped/),
      todo: count(l, /todo/),
      errors: 0,
      line: l.trim(),
    }));

/** node:test spec ("ℹ pass 3") and TAP ("# pass 3") totals, read as a block. */
const nodeTest: Reader = (lines) => {
  const out: ConsoleSummary[] = [];
  lines.forEach((l, i) => {
    const m = /^(ℹ|#) tests (\d+)\s*$/.exec(l);
    if (!m) return;
    const block = lines.slice(i, i + 9);
    const get = (k: string): number => {
      const hit = block.find((b) => b.startsWith(`${m[1]} ${k} `));
      return hit ? Number(hit.split(' ')[2]) : 0;
    };
    out.push({
      runner: 'node:test',
      // node counts todo tests apart from pass: tests = pass + fail + cancelled + skipped + todo.
      passed: get('pass'),
      failed: get('fail') + get('cancelled'),
      skipped: get('skipped'),
      todo: get('todo'),
      errors: 0,
      line: block.filter((b) => b.startsWith(m[1]!)).join('; '),
    });
  });
  return out;
};

/** mocha spec: "  3 passing (5ms)", "  1 pending", "  1 failing". */
const mocha: Reader = (lines) => {
  const out: ConsoleSummary[] = [];
  lines.forEach((l, i) => {
    const m = /^\s*(\d+) passing \(\d+(?:ms|s|m)\)\s*$/.exec(l);
    if (!m) return;
    const next = lines.slice(i + 1, i + 4).join('\n');
    out.push({
      runner: 'mocha',
      passed: Number(m[1]),
      failed: count(next, /failing/),
      skipped: count(next, /pending/),
      todo: 0,
      errors: 0,
      line: l.trim(),
    });
  });
  return out;
};

/** pytest: "==== 1 failed, 2 passed, 1 skipped in 0.59s ====", "no tests ran". */
const pytest: Reader = (lines) =>
  lines
    .filter((l) =>
      /^=+ .*\b(passed|failed|skipped|error|errors|no tests ran|deselected|xfailed|xpassed)\b.* in [\d.]+s.* =+$/.test(
        l,
      ),
    )
    .map((l) => ({
      runner: 'pytest' as const,
      passed: count(l, /passed/) + count(l, /xpassed/),
      // "(\d+) failed" cannot match "2 xfailed": expected failures count as skipped, not failed.
      failed: count(l, /failed/),
      skipped: count(l, /skipped/) + count(l, /xfailed/),
      todo: 0,
      errors: count(l, /errors?/),
      line: l.trim(),
    }));

const READERS: readonly Reader[] = [vitest, jest, nodeTest, mocha, pytest];

/** Every summary the console holds (several for monorepos or several commands), ANSI already stripped. */
export function parseConsoleSummaries(text: string): ConsoleSummary[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return READERS.flatMap((read) => read(lines));
}
