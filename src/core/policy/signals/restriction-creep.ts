import { creepSignal, type RankPair } from './creep.js';
import type { Signal } from './signal.js';

/** Restriction creep: how far decisions moved toward deny between base and head (docs/policy-signals.md). */
export const restrictionCreep = (pairs: readonly RankPair[]): Signal =>
  creepSignal('restriction-creep', pairs);
