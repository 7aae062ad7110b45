/** The all-zero SHA GitHub sends as `before` when a push creates a branch. */
const NULL_SHA = /^0+$/;

/** The slice of an event payload the settings read. */
export interface EventPayload {
  pull_request?: { base?: { sha?: string }; head?: { sha?: string } };
  before?: string;
  merge_group?: { base_sha?: string };
}

/**
 * SPEC §3 `baseline-ref` default: the PR base SHA on pull_request*, `before` on push, the
 * queue's base on merge_group; none otherwise (and none for a push that created the branch).
 */
export function defaultBaselineRef(eventName: string, payload: EventPayload): string {
  if (eventName.startsWith('pull_request')) return payload.pull_request?.base?.sha ?? '';
  if (eventName === 'push') return payload.before && !NULL_SHA.test(payload.before) ? payload.before : '';
  if (eventName === 'merge_group') return payload.merge_group?.base_sha ?? '';
  return '';
}
