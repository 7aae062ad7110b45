import { synthesizeTargets } from './diff.js';
import type { PolicyRequest } from './evaluate.js';
import type { Context, RuleKind } from './model.js';
import type { Project } from './project.js';
import { requestKey, type TracedRequest } from './traces.js';

/** A request the analysis decides under every policy version it compares. */
export interface Probe {
  key: string;
  request: PolicyRequest;
  /** Trace lines recording this request (0 for a synthesized probe). */
  traced: number;
}

/** Requests no rule is likely to name, so a changed default shows even where no rule matches. */
const UNMATCHED: PolicyRequest[] = [
  { action: 'run-command', target: 'driftgate-unmatched-probe', context: {} },
  { action: 'write-file', target: '.driftgate/unmatched-probe', context: {} },
];

const actionOf = (kind: RuleKind): PolicyRequest['action'] =>
  kind === 'commands' ? 'run-command' : 'write-file';

/** An override's `when` as a concrete context: a `directory` glob becomes a path it matches. */
function concrete(when: Context): Context {
  return when.directory ? { ...when, directory: synthesizeTargets('fileWrites', when.directory)[0]! } : when;
}

/**
 * The probe set of one project: its traced requests, then for every rule of every version given
 * the targets synthesized from its pattern, with no context and with each of its contexts, then
 * one unmatched request per kind. Deduplicated by request, in that (deterministic) order.
 */
export function buildProbes(versions: readonly Project[], traced: readonly TracedRequest[]): Probe[] {
  const out = new Map<string, Probe>();
  const add = (request: PolicyRequest, lines: number) => {
    const key = requestKey(request);
    const p = out.get(key);
    if (p) p.traced += lines;
    else out.set(key, { key, request, traced: lines });
  };
  for (const t of traced) add(t.request, t.count);
  const seen = new Set<Project>();
  for (const v of versions) {
    if (seen.has(v)) continue;
    seen.add(v);
    for (const kind of ['commands', 'fileWrites'] as const) {
      for (const rule of v.policy[kind]) {
        const contexts = [{}, ...(rule.contexts ?? []).map((c) => concrete(c.when))];
        for (const target of synthesizeTargets(kind, rule.pattern))
          for (const context of contexts) add({ action: actionOf(kind), target, context }, 0);
      }
    }
  }
  for (const r of UNMATCHED) add(r, 0);
  return [...out.values()];
}
