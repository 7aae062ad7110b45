import type { TraceSet } from '../traces.js';
import { enough, makeSignal, share, type Signal } from './signal.js';

/** Reviewer disagreement: reviewed trace lines whose review differs from the recorded decision; confidence min(1, reviewed / 20). */
export function reviewerDisagreement(traces: TraceSet): Signal {
  return makeSignal(
    'reviewer-disagreement',
    share(traces.disagreed, traces.reviewed),
    enough(traces.reviewed, 20),
    `${traces.disagreed} of ${traces.reviewed} reviewed decisions disagree with the review`,
  );
}
