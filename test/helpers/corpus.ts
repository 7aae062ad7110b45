import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../../src/core/classify.js';
import type { Finding } from '../../src/core/finding.js';
import { classifyTests } from '../../src/core/tests/classify-tests.js';
import { FIXTURES, fixtureNames, observationOf } from './fixtures.js';
// @ts-expect-error: plain .mjs data shared with scripts/fixtures.mjs
import { CASES as CASES_UNTYPED } from '../fixtures/cases.mjs';

/** One recorded case as the corpus labels it (meta.json, written by scripts/fixtures.mjs). */
export interface CorpusCase {
  name: string;
  runner: string;
  version: string;
  family: string;
  expected: string;
  note: string;
}

/** A case scored: what the gate said and whether it is what the label says. */
export interface ScoredCase extends CorpusCase {
  got: string;
  right: boolean;
  findings: Finding[];
}

const LABELS = new Map((CASES_UNTYPED as CorpusCase[]).map((c) => [c.name, c]));

/**
 * Every recorded case with its label. Labels come from test/fixtures/cases.mjs (so relabelling
 * needs no new recording); the version from the recording (derived cases: the case they come from).
 */
export function readCorpus(): CorpusCase[] {
  const metas = new Map<string, Record<string, string>>();
  for (const name of fixtureNames())
    metas.set(name, JSON.parse(readFileSync(join(FIXTURES, name, 'meta.json'), 'utf8')));
  return [...metas.entries()].map(([name, m]) => {
    const from = m.derivedFrom ? metas.get(m.derivedFrom) : undefined;
    const label = LABELS.get(name);
    if (!label)
      throw new Error(`test/fixtures/tests/${name}: no case of that name in test/fixtures/cases.mjs`);
    return {
      name,
      runner: label.runner,
      version: m.version ?? from?.version ?? '?',
      family: label.family,
      expected: label.expected,
      note: label.note,
    };
  });
}

/** Classifies every case with the tests stage's rules. */
export function scoreCorpus(): ScoredCase[] {
  return readCorpus().map((c) => {
    const { findings } = classifyTests(observationOf(c.name));
    const got = classify(findings);
    return { ...c, got, right: got === c.expected, findings };
  });
}

const pct = (right: number, all: number): string => `${((100 * right) / all).toFixed(1)} %`;

/** Accuracy grouped by a key, as Markdown rows. */
function groupRows(
  scored: readonly ScoredCase[],
  key: (c: ScoredCase) => string,
  extra: (cs: ScoredCase[]) => string[],
): string[] {
  const groups = new Map<string, ScoredCase[]>();
  for (const c of scored) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([k, cs]) =>
        `| ${[k, ...extra(cs), String(cs.length), pct(cs.filter((c) => c.right).length, cs.length)].join(' | ')} |`,
    );
}

/** The README's corpus tables: accuracy per family and per runner (with versions). */
export function renderCorpusTables(scored: readonly ScoredCase[] = scoreCorpus()): string {
  const uniq = (xs: string[]): string => [...new Set(xs)].sort().join(', ');
  return [
    `${scored.length} recorded cases, each made by a real run of the runner (\`node scripts/fixtures.mjs\`); ${scored.filter((c) => c.right).length} classified as labelled.`,
    '',
    '| family | expected | runners | cases | right |',
    '|---|---|---|---|---|',
    ...groupRows(
      scored,
      (c) => c.family,
      (cs) => [uniq(cs.map((c) => c.expected)), uniq(cs.map((c) => c.runner))],
    ),
    '',
    '| runner | versions | cases | right |',
    '|---|---|---|---|',
    ...groupRows(
      scored,
      (c) => c.runner,
      (cs) => [uniq(cs.map((c) => c.version))],
    ),
  ].join('\n');
}

/** The labelled table of every case (test/fixtures/tests/README.md). */
export function renderCaseTable(scored: readonly CorpusCase[] = readCorpus()): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  return [
    '# Recorded runner cases',
    '',
    'Made by `node scripts/fixtures.mjs` (one real run of the runner per case; derived cases say what',
    'was changed in the report of the case they come from). Generated; `npm run docs` rewrites it.',
    '',
    '| case | runner | version | family | expected | why |',
    '|---|---|---|---|---|---|',
    ...scored.map(
      (c) => `| ${c.name} | ${c.runner} | ${c.version} | ${c.family} | ${c.expected} | ${cell(c.note)} |`,
    ),
    '',
  ].join('\n');
}
