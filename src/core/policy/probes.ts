import { synthesizeTargets } from './diff.js';
import type { PolicyRequest } from './evaluate.js';
import { DAYS, RULE_KINDS, type Context, type RuleKind, type When } from './model.js';
import type { Project } from './project.js';
import { EXAMPLE_LINES, requestKey, type TracedRequest } from './traces.js';

/** A request the analysis decides under every policy version it compares. */
export interface Probe {
  key: string;
  request: PolicyRequest;
  /** Trace lines recording this request (0 for a synthesized probe). */
  traced: number;
  /** The first of those lines (`file:line`). */
  at: string[];
}

/** Requests no rule is likely to name, so a changed default shows even where no rule matches. */
const UNMATCHED: PolicyRequest[] = [
  { action: 'run-command', target: 'driftgate-unmatched-probe', context: {} },
  { action: 'write-file', target: '.driftgate/unmatched-probe', context: {} },
];

const actionOf = (kind: RuleKind): PolicyRequest['action'] =>
  kind === 'commands' ? 'run-command' : kind === 'fileWrites' ? 'write-file' : 'start-session';

/** The first Monday of 2024, 00:00 UTC: time probes are built from it, never from the clock. */
const PROBE_WEEK = Date.UTC(2024, 0, 1);

/**
 * A context (and time) an override's `when` holds for: the first value of each list, a path the
 * `directory` matches, the first day and the start of the hours of a time restriction.
 */
function concrete(when: When): { context: Context; ts?: number } {
  const context: Context = {};
  for (const k of ['projectType', 'taskType', 'sessionType', 'fileType', 'approvalState'] as const) {
    const v = when[k];
    if (v !== undefined) context[k] = typeof v === 'string' ? v : v[0]!;
  }
  if (when.authorizationLevel !== undefined) context.authorizationLevel = when.authorizationLevel;
  if (when.directory !== undefined)
    context.directory = /[*?[\]{}]/.test(when.directory)
      ? synthesizeTargets('fileWrites', when.directory)[0]!
      : when.directory.replace(/\/+$/, '');
  const t = when.timeRestriction;
  if (!t) return { context };
  const day = t.days?.[0] ? DAYS.indexOf(t.days[0]) : 1;
  const minute = t.hours?.[0] ?? 0;
  return { context, ts: PROBE_WEEK + (((day + 6) % 7) * 24 * 60 + minute) * 60_000 };
}

/**
 * The probe set of one project: its traced requests, then for every rule of every version given
 * the targets synthesized from its pattern, with no context and with each of its contexts, then
 * one unmatched request per kind. Deduplicated by request, in that (deterministic) order.
 */
export function buildProbes(versions: readonly Project[], traced: readonly TracedRequest[]): Probe[] {
  const out = new Map<string, Probe>();
  const add = (request: PolicyRequest, lines: number, at: readonly string[] = []) => {
    const key = requestKey(request);
    const p = out.get(key);
    if (!p) out.set(key, { key, request, traced: lines, at: [...at] });
    else {
      p.traced += lines;
      p.at.push(...at.slice(0, Math.max(0, EXAMPLE_LINES - p.at.length)));
    }
  };
  for (const t of traced) add(t.request, t.count, t.at);
  const seen = new Set<Project>();
  for (const v of versions) {
    if (seen.has(v)) continue;
    seen.add(v);
    for (const kind of RULE_KINDS) {
      for (const rule of v.policy[kind]) {
        const contexts = [{ context: {} }, ...(rule.contexts ?? []).map((c) => concrete(c.when))];
        for (const target of synthesizeTargets(kind, rule.pattern))
          for (const c of contexts) add({ action: actionOf(kind), target, ...c }, 0);
      }
    }
  }
  for (const r of UNMATCHED) add(r, 0);
  return [...out.values()];
}
