import type { TraceSet } from '../traces.js';
import { enough, makeSignal, type Signal } from './signal.js';

/**
 * Override escalation: the rise of the override rate from the earlier to the later half of the
 * traced time span (split at the midpoint of first and last ts), max(0, late − early);
 * confidence min(1, lines / 50) and 0 unless both halves hold lines.
 */
export function overrideEscalation(traces: TraceSet): Signal {
  const { times, overridden } = traces;
  let min = Infinity;
  let max = -Infinity;
  for (const t of times) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const mid = (min + max) / 2;
  const n = [0, 0];
  const o = [0, 0];
  for (let i = 0; i < times.length; i++) {
    const half = times[i]! > mid ? 1 : 0;
    n[half]!++;
    if (overridden[i]) o[half]!++;
  }
  const early = n[0] ? o[0]! / n[0] : 0;
  const late = n[1] ? o[1]! / n[1] : 0;
  return makeSignal(
    'override-escalation',
    Math.max(0, late - early),
    n[0] && n[1] ? enough(times.length, 50) : 0,
    `override rate ${pct(early)} in the earlier half of the traces, ${pct(late)} in the later half (${times.length} lines)`,
  );
}

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;
