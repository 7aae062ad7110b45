import type { Classification } from '../classification.js';
import type { Finding } from '../finding.js';
import { escapeMarkdown, fence } from './escape.js';

/** One icon per classification, shared by every rendering. */
export const ICON: Record<Classification, string> = {
  STABLE: '🟢',
  TOOLING_DRIFT: '🟡',
  PRODUCT_DRIFT: '🟠',
  INCIDENT: '🔴',
};

/** How much of each finding a rendering shows. */
export interface FindingLimits {
  /** Evidence lines per finding (a failing test with its message is one line). */
  evidenceLines: number;
  /** Characters of one evidence line. */
  lineChars: number;
}

/** The summary shows more evidence than a comment or an issue. */
export const SUMMARY_LIMITS: FindingLimits = { evidenceLines: 10, lineChars: 400 };
/** Comments and issues: the first failing tests with their messages. */
export const COMMENT_LIMITS: FindingLimits = { evidenceLines: 5, lineChars: 300 };

const cut = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/**
 * A finding's sentence without the list of tests it names: those come one per line below it.
 * ("3 test(s) failed: a, b, c" → "3 test(s) failed")
 */
function headline(f: Finding): string {
  const first = f.evidence.tests?.[0];
  if (first) {
    const at = f.message.indexOf(`: ${first}`);
    if (at > 0) return f.message.slice(0, at);
  }
  return f.message;
}

/** A finding's evidence, unescaped: facts and failing tests (one per line), and lines the command printed. */
export interface EvidenceLines {
  /** Expected and observed sha256, when the finding compares hashes. */
  hashes: { expected: string; actual: string } | null;
  items: string[];
  printed: string[];
}

/** What backs a finding: hashes, the invariant, each failing test with its message, commits, output. */
export function computeEvidenceLines(f: Finding, limits: FindingLimits): EvidenceLines {
  const e = f.evidence;
  const items: string[] = [];
  const output = (e.output ?? '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '');
  let printed: string[] = [];
  if (e.invariant) items.push(`invariant ${e.invariant}${e.command ? `: ${e.command}` : ''}`);
  if (e.tests?.length) {
    // Each test once: with its message when the output has one ("id: message"), else by itself.
    const said = new Map<string, string>();
    for (const l of output) {
      const id = e.tests.find((t) => l.trim().startsWith(`${t}: `));
      if (id && !said.has(id)) said.set(id, l.trim().slice(id.length + 2));
    }
    for (const t of e.tests) {
      // A mark the sentence gives the test ("a > b (PASS→FAIL)") stays with it.
      const at = f.message.indexOf(`${t} (`);
      const mark = at >= 0 ? /^\([^()]*\)/.exec(f.message.slice(at + t.length + 1))?.[0] : undefined;
      const name = mark ? `${t} ${mark}` : t;
      items.push(said.has(t) ? `${name}: ${said.get(t)}` : name);
    }
  } else {
    printed = output;
  }
  if (e.exitCode !== undefined && !e.tests?.length) items.push(`exit ${e.exitCode ?? '(ended by a signal)'}`);
  if (e.commits?.length) items.push(`commit${e.commits.length > 1 ? 's' : ''} ${e.commits.join(', ')}`);
  if (e.signature && !f.message.includes(e.signature)) items.push(`tooling signature ${e.signature}`);
  if (e.detail && !f.message.includes(e.detail)) items.push(e.detail);
  const shownItems = items.slice(0, limits.evidenceLines).map((l) => cut(l, limits.lineChars));
  if (items.length > shownItems.length) shownItems.push(`… and ${items.length - shownItems.length} more`);
  return {
    hashes: e.expected && e.actual ? { expected: e.expected, actual: e.actual } : null,
    items: shownItems,
    printed: printed.slice(0, limits.evidenceLines).map((l) => cut(l, limits.lineChars)),
  };
}

/** A sha256 in a code span when it is one (hex only, nothing to escape), else escaped text. */
const hashCode = (h: string): string => (/^[0-9a-f]{8,128}$/.test(h) ? `\`${h}\`` : escapeMarkdown(h));

/**
 * One finding as a Markdown list item (icon, sentence, code) with its evidence as sub-items and
 * the printed lines as a code block. Untrusted text is escaped here, once; a code block needs none.
 */
export function renderFindingItem(f: Finding, limits: FindingLimits): string[] {
  const { hashes, items, printed } = computeEvidenceLines(f, limits);
  return [
    `- ${ICON[f.classification]} ${escapeMarkdown(headline(f))} · \`${f.code}\``,
    ...(hashes ? [`  - expected ${hashCode(hashes.expected)}, found ${hashCode(hashes.actual)}`] : []),
    ...items.map((l) => `  - ${escapeMarkdown(l)}`),
    ...(printed.length ? ['', ...fence(printed, 'text', '  '), ''] : []),
  ];
}

/** Several findings, the most severe first (the order of the event within one classification). */
export function renderFindingList(findings: readonly Finding[], limits: FindingLimits): string[] {
  return sortBySeverity(findings).flatMap((f) => renderFindingItem(f, limits));
}

const RANK: Record<Classification, number> = { INCIDENT: 0, PRODUCT_DRIFT: 1, TOOLING_DRIFT: 2, STABLE: 3 };

/** Most severe first; a stable sort keeps the stages' order within a classification. */
export function sortBySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.classification] - RANK[b.classification]);
}
