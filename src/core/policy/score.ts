import { HISTORY_TRANSITIONS_NEEDED } from './signals/history.js';
import {
  CONTRADICTIONS_SATURATE,
  round4,
  SIGNAL_IDS,
  SIGNALS,
  WEIGHT,
  type Signal,
} from './signals/signal.js';

/** The drift bands of SPEC §7. */
export const BANDS = ['stable', 'watch', 'volatile', 'critical'] as const;
export type Band = (typeof BANDS)[number];
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * The fixed denominator of the drift score: the weight of about three strong signals. One
 * high-severity signal at full strength scores 3/8 = 0.375 (watch), never volatile or critical.
 */
export const DRIFT_DENOMINATOR = 8;

/** drift = min(1, Σ weight(severity) × confidence × intensity / 8). */
export function computeDriftScore(signals: readonly Signal[]): number {
  const sum = signals.reduce((n, s) => n + WEIGHT[s.severity] * s.value, 0);
  return round4(Math.min(1, sum / DRIFT_DENOMINATOR));
}

/** stable < 0.2 ≤ watch < 0.5 ≤ volatile < 0.8 ≤ critical. */
export function bandOf(score: number): Band {
  return score < 0.2 ? 'stable' : score < 0.5 ? 'watch' : score < 0.8 ? 'volatile' : 'critical';
}

/** The archetype triggers of SPEC §7 (seed 000), with their thresholds. */
export const TRIGGERS = {
  drift: 0.5,
  volatility: 0.4,
  stability: 0.5,
} as const;

/** What the risk level looks at. */
export interface RiskInput {
  drift: number;
  volatility: number;
  stability: number;
  contradictions: number;
}

/** How many of the four alarms hold: drift > 0.5, volatility > 0.4, stability < 0.5, any contradiction. */
export function alarmsOf(r: RiskInput): string[] {
  const out: string[] = [];
  if (r.drift > TRIGGERS.drift) out.push(`drift ${r.drift} > ${TRIGGERS.drift}`);
  if (r.volatility > TRIGGERS.volatility) out.push(`volatility ${r.volatility} > ${TRIGGERS.volatility}`);
  if (r.stability < TRIGGERS.stability) out.push(`stability ${r.stability} < ${TRIGGERS.stability}`);
  if (r.contradictions > 0) out.push(`${r.contradictions} contradiction(s)`);
  return out;
}

/**
 * Risk level: the higher of the drift band's rank and the number of alarms
 * (stable/0 → low, watch/1 → medium, volatile/2 → high, critical/3+ → critical).
 */
export function riskOf(r: RiskInput): RiskLevel {
  const level = Math.max(BANDS.indexOf(bandOf(r.drift)), Math.min(3, alarmsOf(r).length));
  return RISK_LEVELS[level]!;
}

/** The reference table of docs/policy-signals.md, from the constants the code uses. */
export function renderSignalTable(): string {
  const rows = SIGNAL_IDS.map((id) => {
    const s = SIGNALS[id];
    return `| \`${id}\` | ${s.title} | ${s.severity} | ${WEIGHT[s.severity]} |`;
  });
  return [
    '| signal | name | severity | weight |',
    '|---|---|---|---|',
    ...rows,
    '',
    `Drift denominator: **${DRIFT_DENOMINATOR}**. Bands: stable < 0.2 ≤ watch < 0.5 ≤ volatile < 0.8 ≤ critical.`,
    `Triggers: drift > ${TRIGGERS.drift}, volatility > ${TRIGGERS.volatility}, federated stability < ${TRIGGERS.stability}, contradictions > 0, risk = critical.`,
    `Saturation of the contradiction signals: ${CONTRADICTIONS_SATURATE}. History confidence: full from ${HISTORY_TRANSITIONS_NEEDED} transitions.`,
  ].join('\n');
}
