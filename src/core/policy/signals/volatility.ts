import { HISTORY_TRANSITIONS_NEEDED, transitionsOf, type ProjectHistory } from './history.js';
import { enough, makeSignal, share, type Signal } from './signal.js';

/**
 * Volatility index: how restless the decisions that keep moving are. A probe whose decision
 * changed at m ≥ 2 of the T transitions scores (m − 1) / (T − 1) (1 when it moved at every
 * transition); the index is the mean over those probes. A decision that moved once is a change,
 * not volatility, so one large change does not dilute or raise it. Confidence min(1, T / 5).
 */
export function volatility(histories: readonly ProjectHistory[]): Signal {
  const T = transitionsOf(histories);
  let restless = 0;
  let moving = 0;
  let movedOnce = 0;
  for (const h of histories) {
    const n = h.decisions[0]?.rank.length ?? 0;
    for (let p = 0; p < n; p++) {
      let m = 0;
      for (let i = 1; i < h.decisions.length; i++)
        if (h.decisions[i]!.rank[p] !== h.decisions[i - 1]!.rank[p]) m++;
      if (m === 1) movedOnce++;
      if (m < 2) continue;
      moving++;
      restless += (m - 1) / (T - 1);
    }
  }
  return makeSignal(
    'volatility',
    share(restless, moving),
    enough(T, HISTORY_TRANSITIONS_NEEDED),
    `${moving} probes changed decision more than once, ${movedOnce} once, over ${T} transitions`,
  );
}
