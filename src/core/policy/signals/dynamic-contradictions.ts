import { MODES, type Mode } from '../model.js';
import type { PolicyRequest } from '../evaluate.js';
import type { TraceSet } from '../traces.js';
import { CONTRADICTIONS_SATURATE, enough, makeSignal, type Signal } from './signal.js';

/** One request recorded with different decisions, with where each was first recorded. */
export interface DynamicContradiction {
  project: string | null;
  request: PolicyRequest;
  decisions: Array<{ decision: Mode; lines: number; firstAt: string }>;
}

/**
 * Dynamic contradictions: requests (same project, action, target and context) recorded with more
 * than one decision; intensity min(1, k / 5); confidence min(1, distinct traced requests / 20).
 */
export function dynamicContradictions(traces: TraceSet): { signal: Signal; found: DynamicContradiction[] } {
  const found: DynamicContradiction[] = [];
  for (const t of traces.requests.values()) {
    const decisions = MODES.filter((m) => t.decisions[m] > 0).map((m) => ({
      decision: m,
      lines: t.decisions[m],
      firstAt: t.firstAt[m]!,
    }));
    if (decisions.length > 1) found.push({ project: t.project, request: t.request, decisions });
  }
  return {
    signal: makeSignal(
      'dynamic-contradictions',
      Math.min(1, found.length / CONTRADICTIONS_SATURATE),
      enough(traces.requests.size, 20),
      `${found.length} of ${traces.requests.size} traced requests were recorded with different decisions`,
    ),
    found,
  };
}
