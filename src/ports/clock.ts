/** The time, injected so the core stays deterministic. */
export interface Clock {
  now(): Date;
}
