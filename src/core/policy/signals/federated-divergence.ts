import type { Decisions } from '../decisions.js';
import { enough, makeSignal, round4, share, type Signal } from './signal.js';

/** Two projects' divergence on the probes both have a rule for. */
export interface PairDivergence {
  a: string;
  b: string;
  shared: number;
  divergence: number;
}

export interface Federation {
  signal: Signal;
  /** 1 − the signal's value: SPEC §7's federated stability. */
  stability: number;
  pairs: PairDivergence[];
  /** Projects whose mean divergence from the others is above the federation's, most divergent first. */
  outliers: Array<{ project: string; divergence: number }>;
}

/** Probes a rule counts as shared for: those where both projects' decision comes from one of their rules. */
const FEDERATION_SHARED_NEEDED = 10;

/**
 * Federated divergence over every pair of projects, on the probes both decide by a rule of their
 * own: Σ |rank a − rank b| / 2 over Σ shared probes (pooled over pairs); confidence
 * min(1, Σ shared / 10). Federated stability = 1 − divergence × confidence.
 */
export function federatedDivergence(
  projects: ReadonlyArray<{ name: string; decisions: Decisions }>,
): Federation {
  const pairs: PairDivergence[] = [];
  let steps = 0;
  let shared = 0;
  for (let x = 0; x < projects.length; x++)
    for (let y = x + 1; y < projects.length; y++) {
      const [a, b] = [projects[x]!, projects[y]!];
      let s = 0;
      let d = 0;
      for (let i = 0; i < a.decisions.rank.length; i++) {
        if (a.decisions.rule[i] === null || b.decisions.rule[i] === null) continue;
        s++;
        d += Math.abs(a.decisions.rank[i]! - b.decisions.rank[i]!);
      }
      steps += d;
      shared += s;
      if (s > 0) pairs.push({ a: a.name, b: b.name, shared: s, divergence: round4(d / (2 * s)) });
    }
  const intensity = share(steps, 2 * shared);
  const signal = makeSignal(
    'federated-divergence',
    intensity,
    enough(shared, FEDERATION_SHARED_NEEDED),
    `${projects.length} projects, ${pairs.length} pairs with shared rules, ${shared} shared probes`,
  );
  const outliers = projects
    .map((p) => {
      const mine = pairs.filter((q) => q.a === p.name || q.b === p.name);
      return {
        project: p.name,
        divergence: round4(
          share(
            mine.reduce((n, q) => n + q.divergence, 0),
            mine.length,
          ),
        ),
      };
    })
    .filter((o) => o.divergence > 0 && o.divergence >= signal.intensity)
    .sort((a, b) => b.divergence - a.divergence || (a.project < b.project ? -1 : 1))
    .slice(0, 3);
  pairs.sort((p, q) => q.divergence - p.divergence || (p.a + p.b < q.a + q.b ? -1 : 1));
  return { signal, stability: round4(1 - signal.value), pairs, outliers };
}
