import { maxClassification, type Classification } from './classification.js';
import type { Finding } from './finding.js';

/** The classification of a run: its most severe finding (SPEC §1); STABLE when there is none. */
export function classify(findings: readonly Finding[]): Classification {
  return findings.reduce<Classification>((acc, f) => maxClassification(acc, f.classification), 'STABLE');
}

/** What merge gating needs to know beyond the classification. */
export interface FailContext {
  /** The run judges a pull request (a proposed change), not a governed ref. */
  pullRequest: boolean;
  /**
   * The tests ran and the evidence shows them passing; null when the run has no tests stage.
   * A product can make its own run look like broken tooling (kill its runner, print a passing
   * summary and exit 1), so on a pull request TOOLING_DRIFT passes only when this is true or null.
   */
  testsPassed: boolean | null;
}

/**
 * Whether the job fails: PRODUCT_DRIFT and INCIDENT always fail; TOOLING_DRIFT with fail-on
 * TOOLING_DRIFT, or on a pull request whose tests did not demonstrably pass (unverified code is
 * never merged; on push and schedule runs it passes with warnings).
 */
export function computeFails(
  classification: Classification,
  failOn: 'PRODUCT_DRIFT' | 'TOOLING_DRIFT',
  context: FailContext = { pullRequest: false, testsPassed: null },
): boolean {
  if (classification === 'INCIDENT' || classification === 'PRODUCT_DRIFT') return true;
  if (classification !== 'TOOLING_DRIFT') return false;
  if (failOn === 'TOOLING_DRIFT') return true;
  return context.pullRequest && context.testsPassed === false;
}

/** The events whose run judges a pull request. */
export const isPullRequestEvent = (eventName: string): boolean =>
  eventName === 'pull_request' || eventName === 'pull_request_target';
