import { maxClassification, type Classification } from './classification.js';
import type { Finding } from './finding.js';

/** The classification of a run: its most severe finding (SPEC §1); STABLE when there is none. */
export function classify(findings: readonly Finding[]): Classification {
  return findings.reduce<Classification>((acc, f) => maxClassification(acc, f.classification), 'STABLE');
}

/** Whether the job fails: PRODUCT_DRIFT and INCIDENT always fail; TOOLING_DRIFT only with fail-on TOOLING_DRIFT. */
export function computeFails(
  classification: Classification,
  failOn: 'PRODUCT_DRIFT' | 'TOOLING_DRIFT',
): boolean {
  if (classification === 'INCIDENT' || classification === 'PRODUCT_DRIFT') return true;
  return classification === 'TOOLING_DRIFT' && failOn === 'TOOLING_DRIFT';
}
