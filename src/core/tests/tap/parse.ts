import type { ReportParser } from '../report-parser.js';
import { makeCase, type TestCase, type TestRun, type TestStatus } from '../model.js';

/**
 * TAP 13 as node:test writes it: "# Subtest: name" headers, 4-space indentation per level,
 * "ok N - name # SKIP|# TODO", YAML diagnostics between "---" and "...", and a top-level plan.
 */
const RESULT = /^( *)(not ok|ok) \d+(?: - (.*?))?(?: # (SKIP|TODO)\b.*)?$/i;
const SUBTEST = /^( *)# Subtest: (.*)$/;
const PLAN = /^1\.\.(\d+)/;

/** True when the text looks like TAP. */
export const isTap = (s: string): boolean =>
  /^\s*TAP version \d+/m.test(s.slice(0, 200)) || /^(not )?ok 1\b/m.test(s);

/** Why the TAP is incomplete (no top-level plan: truncated or the run died), or null. */
export function tapError(s: string): string | null {
  return s.split('\n').some((l) => PLAN.test(l))
    ? null
    : 'no top-level plan line "1..N": the TAP stream is truncated';
}

/** Normalizes node:test TAP output. */
export function parseTap(s: string, root: string): TestRun {
  const lines = s.replace(/\r\n/g, '\n').split('\n');
  const cases: TestCase[] = [];
  const stack: string[] = [];
  /** Depths at which a subtest had children (so its own result line is a suite, not a test). */
  const hadChildren = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const sub = SUBTEST.exec(line);
    if (sub) {
      const depth = Math.floor(sub[1]!.length / 4);
      stack.length = depth;
      stack.push(sub[2]!);
      if (depth > 0) hadChildren.add(depth - 1);
      hadChildren.delete(depth);
      continue;
    }
    const m = RESULT.exec(line);
    if (!m) continue;
    const depth = Math.floor(m[1]!.length / 4);
    const name = (m[3] ?? stack[depth] ?? '').replace(/\\#/g, '#');
    // YAML block right after the result line.
    const yaml: string[] = [];
    if (lines[i + 1]?.trim() === '---') {
      for (i += 2; i < lines.length && lines[i]!.trim() !== '...'; i++) yaml.push(lines[i]!);
    }
    const field = (key: string): string | undefined => {
      const y = yaml.find((l) => l.trim().startsWith(`${key}:`));
      return y
        ?.slice(y.indexOf(':') + 1)
        .trim()
        .replace(/^'(.*)'$/, '$1');
    };
    const isSuite = field('type') === 'suite' || hadChildren.has(depth);
    hadChildren.delete(depth);
    if (isSuite) continue;
    const directive = m[4]?.toUpperCase();
    let status: TestStatus = m[2] === 'ok' ? 'passed' : 'failed';
    if (directive === 'SKIP') status = 'skipped';
    else if (directive === 'TODO') status = 'todo';
    else if (field('failureType') === 'cancelledByParent') status = 'cancelled';
    // node:test gives a location only for failing tests: ids leave the file out so a test keeps
    // its id whether it passes or fails; the location goes into the failure message instead.
    const location = field('location');
    cases.push(
      makeCase(root, '', stack.slice(0, depth), name, status, {
        ...(status === 'failed'
          ? { message: `${field('error') ?? 'failed'}${location ? `\nat ${location}` : ''}` }
          : {}),
        ...(field('duration_ms') ? { durationMs: Number(field('duration_ms')) } : {}),
      }),
    );
  }
  return { formats: ['tap'], cases, suiteErrors: [], success: null };
}

/** TAP 13/14 (node:test, ava, tap). */
export const tapParser: ReportParser<'tap'> = {
  format: 'tap',
  syntax: 'text',
  detect: (doc) => doc.json === undefined && !doc.text.trimStart().startsWith('<') && isTap(doc.text),
  problem: (doc) => tapError(doc.text),
  parse: (doc, root) => parseTap(doc.text, root),
};
