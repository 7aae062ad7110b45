import type { Clock } from '../ports/clock.js';

/** The real time. */
export const createSystemClock = (): Clock => ({ now: () => new Date() });
