import type { PolicyAnalysis } from '../../policy/analyze.js';
import type { Runbook } from '../model.js';
import { contradictionResolution } from './contradiction-resolution.js';
import { criticalState } from './critical-state.js';
import { driftInvestigation } from './drift-investigation.js';
import { federatedSync } from './federated-sync.js';
import { policyChange } from './policy-change.js';
import { refsOf, type Archetype } from './refs.js';
import { volatilityMitigation } from './volatility-mitigation.js';

/** The archetypes, in the order their runbooks are listed: the policy change's own first. */
export const ARCHETYPE_REGISTRY: readonly Archetype[] = [
  policyChange,
  driftInvestigation,
  volatilityMitigation,
  federatedSync,
  contradictionResolution,
  criticalState,
];

/**
 * The archetype runbooks whose trigger holds. Commands are filled in with this analysis' refs,
 * files, rules and trace lines; nothing depends on the clock.
 */
export function computePolicyRunbooks(a: PolicyAnalysis): Runbook[] {
  const refs = refsOf(a);
  return ARCHETYPE_REGISTRY.filter((x) => x.applies(a)).map((x) => x.compute(a, refs));
}
