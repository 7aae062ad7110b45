import type { Permission } from '../core/decision.js';

/** A commit status state. */
export type StatusState = 'success' | 'failure' | 'pending' | 'error';

/** The GitHub API, as far as driftgate needs it. */
export interface GitHub {
  /** A user's permission on the repository. */
  permissionOf(login: string): Promise<Permission>;
  /** Adds a reaction to an issue or PR comment. */
  react(commentId: number, content: '+1' | '-1' | 'eyes'): Promise<void>;
  /** Comments on an issue or pull request. */
  comment(issueNumber: number, body: string): Promise<void>;
  /** Sets the `driftgate` commit status. */
  setStatus(sha: string, state: StatusState, description: string, targetUrl: string | null): Promise<void>;
}
