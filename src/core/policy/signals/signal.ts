/** The signals of SPEC §7 (docs/policy-signals.md gives each formula). */
export const SIGNAL_IDS = [
  'permission-creep',
  'restriction-creep',
  'rule-churn',
  'flip-flops',
  'override-escalation',
  'reviewer-disagreement',
  'volatility',
  'static-contradictions',
  'dynamic-contradictions',
  'replay-impact',
  'federated-divergence',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export type Severity = 'low' | 'medium' | 'high';
/** Severity weights of the drift score. */
export const WEIGHT: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/** Each signal's name and severity. */
export const SIGNALS: Record<SignalId, { title: string; severity: Severity }> = {
  'permission-creep': { title: 'Permission creep', severity: 'high' },
  'restriction-creep': { title: 'Restriction creep', severity: 'low' },
  'rule-churn': { title: 'Rule churn', severity: 'low' },
  'flip-flops': { title: 'Flip-flops', severity: 'medium' },
  'override-escalation': { title: 'Override escalation', severity: 'medium' },
  'reviewer-disagreement': { title: 'Reviewer disagreement', severity: 'low' },
  volatility: { title: 'Volatility index', severity: 'medium' },
  'static-contradictions': { title: 'Static contradictions', severity: 'high' },
  'dynamic-contradictions': { title: 'Dynamic contradictions', severity: 'medium' },
  'replay-impact': { title: 'Replay impact', severity: 'high' },
  'federated-divergence': { title: 'Federated divergence', severity: 'medium' },
};

/** One signal: intensity (how much) and confidence (how much data backs it), both in [0, 1]. */
export interface Signal {
  id: SignalId;
  title: string;
  severity: Severity;
  intensity: number;
  confidence: number;
  /** intensity × confidence: what the score and the triggers use. */
  value: number;
  /** One sentence with the counts behind the figures. */
  detail: string;
}

/** Saturation of the contradiction signals: this many contradictions or more is intensity 1. */
export const CONTRADICTIONS_SATURATE = 5;

/** Four decimals: figures print and compare the same everywhere. */
export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const clamp = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** A share: `part / whole`, 0 when there is nothing to share. */
export const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

/** Confidence that grows linearly with the amount of data up to `enough`. */
export const enough = (n: number, needed: number): number => Math.min(1, n / needed);

export function makeSignal(id: SignalId, intensity: number, confidence: number, detail: string): Signal {
  const i = round4(clamp(intensity));
  const c = round4(clamp(confidence));
  return { id, ...SIGNALS[id], intensity: i, confidence: c, value: round4(i * c), detail };
}
