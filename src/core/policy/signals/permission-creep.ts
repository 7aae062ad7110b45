import { creepSignal, type RankPair } from './creep.js';
import type { Signal } from './signal.js';

/** Permission creep: how far decisions moved toward allow between base and head (docs/policy-signals.md). */
export const permissionCreep = (pairs: readonly RankPair[]): Signal => creepSignal('permission-creep', pairs);
