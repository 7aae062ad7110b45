import { enough, makeSignal, share, type Signal } from './signal.js';

/** Base and head decisions (ranks) of one project on its probes. */
export interface RankPair {
  base: Int8Array;
  head: Int8Array;
}

/** Σ over probes of the rank moved in one direction, over 2 per probe (deny → allow is 2 steps). */
export function creepOf(
  pairs: readonly RankPair[],
  direction: 1 | -1,
): { steps: number; probes: number; moved: number } {
  let steps = 0;
  let probes = 0;
  let moved = 0;
  for (const { base, head } of pairs) {
    probes += base.length;
    for (let i = 0; i < base.length; i++) {
      const d = (head[i]! - base[i]!) * direction;
      if (d > 0) {
        steps += d;
        moved++;
      }
    }
  }
  return { steps, probes, moved };
}

/** Shared by permission and restriction creep: intensity = steps / (2 × probes); confidence = min(1, probes / 10). */
export function creepSignal(
  id: 'permission-creep' | 'restriction-creep',
  pairs: readonly RankPair[],
): Signal {
  const { steps, probes, moved } = creepOf(pairs, id === 'permission-creep' ? 1 : -1);
  const way = id === 'permission-creep' ? 'more permissive' : 'more restrictive';
  return makeSignal(
    id,
    share(steps, 2 * probes),
    enough(probes, 10),
    `${moved} of ${probes} probes decided ${way} at head than at base`,
  );
}
