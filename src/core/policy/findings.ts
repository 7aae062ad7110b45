import type { Finding } from '../finding.js';
import type { PolicyAnalysis } from './analyze.js';
import type { Flip } from './signals/replay-impact.js';

/** Bad trace lines named one by one per file before "and N more". */
const BAD_LINES_NAMED = 20;
/** Flip groups and contradictions named one by one before a count. */
const NAMED = 10;

/** `1 request`, `2 requests`. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const ruleName = (r: string | null): string => r ?? 'the default';
export const describeFlip = (f: Flip): string =>
  `${ruleName(f.from.rule)} ${f.from.decision} → ${ruleName(f.to.rule)} ${f.to.decision} (${plural(f.lines, 'trace line')}, ${plural(f.requests, 'request')}, e.g. ${f.example})${f.traceLines.length ? `, trace lines ${f.traceLines.join(', ')}` : ''}`;

/**
 * The classification of SPEC §7: a policy change is PRODUCT_DRIFT when its drift band is volatile
 * or critical, when it introduces a contradiction, or when it flips traced decisions; otherwise
 * it is a notice and the runbooks are advisory. Bad trace lines are TOOLING_DRIFT (the evidence
 * tooling broke; the rest of the traces still count).
 */
export function computePolicyFindings(a: PolicyAnalysis): Finding[] {
  const out = [...traceFindings(a), ...changeFindings(a)];
  if (a.changed && !out.some((f) => f.classification === 'PRODUCT_DRIFT'))
    out.push({
      code: 'POLICY_CHANGED',
      stage: 'policy',
      classification: 'STABLE',
      message: `${a.diff.length} policy rule changes, drift ${a.drift.score} (${a.drift.band}): no traced decision flips, no new contradiction; the runbooks are advisory`,
      evidence: { rules: a.diff.map((d) => d.id).slice(0, NAMED) },
    });
  return out;
}

/** Bad trace lines, named one by one up to a count per file, and lines naming no known project. */
function traceFindings(a: PolicyAnalysis): Finding[] {
  const out: Finding[] = [];
  const perFile = new Map<string, number>();
  for (const bad of a.traces.bad) {
    const n = (perFile.get(bad.file) ?? 0) + 1;
    perFile.set(bad.file, n);
    if (n > BAD_LINES_NAMED) continue;
    out.push({
      code: 'TRACE_INVALID',
      stage: 'policy',
      classification: 'TOOLING_DRIFT',
      message: `${bad.file}:${bad.line}: ${bad.message}; the line is left out, the other lines count`,
      evidence: { paths: [bad.file], lines: [bad.line] },
    });
  }
  for (const [file, n] of perFile) {
    if (n > BAD_LINES_NAMED)
      out.push({
        code: 'TRACE_INVALID',
        stage: 'policy',
        classification: 'TOOLING_DRIFT',
        message: `${file}: ${n - BAD_LINES_NAMED} more bad lines (${n} in all)`,
        evidence: { paths: [file] },
      });
  }
  if (a.traces.unassigned > 0)
    out.push({
      code: 'TRACE_UNASSIGNED',
      stage: 'policy',
      classification: 'STABLE',
      message: `${a.traces.unassigned} trace lines name no known project (projects: ${a.projects.join(', ')}); they count for contradictions and reviews, not for replay`,
      evidence: {},
    });
  return out;
}

/** What the change does: drift, new contradictions, flipped traced decisions. */
function changeFindings(a: PolicyAnalysis): Finding[] {
  const out: Finding[] = [];
  const drift = a.drift;
  if (a.changed && (drift.band === 'volatile' || drift.band === 'critical'))
    out.push({
      code: 'POLICY_DRIFT',
      stage: 'policy',
      classification: 'PRODUCT_DRIFT',
      message: `the policy change scores drift ${drift.score} (${drift.band}; volatile from 0.5)`,
      evidence: {
        paths: a.files.head,
        detail: `drift ${drift.score}`,
        rules: a.diff.map((d) => d.id).slice(0, NAMED),
      },
    });
  for (const c of a.contradictions.introduced.slice(0, NAMED))
    out.push({
      code: 'POLICY_CONTRADICTION',
      stage: 'policy',
      classification: 'PRODUCT_DRIFT',
      message: `new ${c.type} contradiction in project ${c.project}: ${c.rules.join(' vs ')} (${c.effects.join(' vs ')})${c.example ? ` on ${c.example}` : ''}`,
      evidence: { paths: c.files, rules: c.rules, detail: c.type },
    });
  if (a.contradictions.introduced.length > NAMED)
    out.push({
      code: 'POLICY_CONTRADICTION',
      stage: 'policy',
      classification: 'PRODUCT_DRIFT',
      message: `${a.contradictions.introduced.length - NAMED} more new contradictions (driftgate policy contradictions)`,
      evidence: {},
    });
  const old = a.contradictions.static.length - a.contradictions.introduced.length;
  if (old > 0 || a.contradictions.dynamic.length > 0)
    out.push({
      code: 'POLICY_CONTRADICTION',
      stage: 'policy',
      classification: 'STABLE',
      message: `${old} static contradictions already at base and ${a.contradictions.dynamic.length} requests recorded with different decisions (advisory)`,
      evidence: {},
    });
  const r = a.replay;
  if (r.flipped > 0) {
    out.push({
      code: 'POLICY_DECISIONS_FLIPPED',
      stage: 'policy',
      classification: 'PRODUCT_DRIFT',
      message: `${r.flipped} of ${r.lines} traced decisions flip under head (${r.loosened} loosened, ${r.tightened} tightened): ${r.flips.slice(0, 3).map(describeFlip).join('; ')}${r.flips.length > 3 ? `; and ${r.flips.length - 3} more` : ''}`,
      evidence: {
        rules: [
          ...new Set(
            r.flips
              .slice(0, NAMED)
              .flatMap((f) => [f.from.rule, f.to.rule])
              .filter((x): x is string => x !== null),
          ),
        ],
        detail: `${r.flipped} flipped`,
      },
    });
  }
  return out;
}
