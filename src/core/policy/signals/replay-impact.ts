import type { Decisions } from '../decisions.js';
import type { Mode } from '../model.js';
import type { Probe } from '../probes.js';
import { EXAMPLE_LINES } from '../traces.js';
import { enough, makeSignal, share, type Signal } from './signal.js';

/** Traced requests whose decision one rule change moved the same way: old → new rule and mode. */
export interface Flip {
  project: string;
  from: { decision: Mode; rule: string | null };
  to: { decision: Mode; rule: string | null };
  direction: 'loosened' | 'tightened' | 'changed';
  /** Trace lines and distinct requests affected. */
  lines: number;
  requests: number;
  /** The most traced request affected. */
  example: string;
  /** Trace lines (`file:line`) recording affected requests, at most EXAMPLE_LINES. */
  traceLines: string[];
}

/** One project's probes with its base and head decisions on them. */
export interface ReplayInput {
  project: string;
  probes: readonly Probe[];
  base: Decisions;
  head: Decisions;
}

export interface Replay {
  signal: Signal;
  /** Trace lines replayed (assigned to a project) and those whose decision changes under head. */
  lines: number;
  flipped: number;
  loosened: number;
  tightened: number;
  /** Every flip group, most lines first. */
  flips: Flip[];
}

/**
 * Replay impact: traced requests decided again under the base and the head policy; intensity is
 * the share of trace lines whose decision changes; confidence min(1, lines / 50).
 */
export function replayImpact(inputs: readonly ReplayInput[]): Replay {
  let lines = 0;
  let loosened = 0;
  let tightened = 0;
  const groups = new Map<string, Flip & { best: number; key: string }>();
  for (const { project, probes, base, head } of inputs) {
    probes.forEach((p, i) => {
      if (p.traced === 0) return;
      lines += p.traced;
      if (base.mode[i] === head.mode[i]) return;
      const d = head.rank[i]! - base.rank[i]!;
      const direction = d > 0 ? 'loosened' : d < 0 ? 'tightened' : 'changed';
      if (d > 0) loosened += p.traced;
      if (d < 0) tightened += p.traced;
      const from = { decision: base.mode[i]!, rule: base.rule[i]! };
      const to = { decision: head.mode[i]!, rule: head.rule[i]! };
      const key = JSON.stringify([project, from, to]);
      const g = groups.get(key);
      if (!g) {
        groups.set(key, {
          key,
          project,
          from,
          to,
          direction,
          lines: p.traced,
          requests: 1,
          example: p.request.target,
          traceLines: p.at.slice(0, EXAMPLE_LINES),
          best: p.traced,
        });
      } else {
        g.lines += p.traced;
        g.requests++;
        g.traceLines.push(...p.at.slice(0, Math.max(0, EXAMPLE_LINES - g.traceLines.length)));
        if (p.traced > g.best || (p.traced === g.best && p.request.target < g.example)) {
          g.best = p.traced;
          g.example = p.request.target;
        }
      }
    });
  }
  const flips = [...groups.values()]
    .sort((a, b) => b.lines - a.lines || (a.key < b.key ? -1 : 1))
    .map(({ best: _, key: __, ...f }) => f);
  const flipped = flips.reduce((n, f) => n + f.lines, 0);
  return {
    signal: makeSignal(
      'replay-impact',
      share(flipped, lines),
      enough(lines, 50),
      `${flipped} of ${lines} traced decisions change under head (${loosened} loosened, ${tightened} tightened)`,
    ),
    lines,
    flipped,
    loosened,
    tightened,
    flips,
  };
}
