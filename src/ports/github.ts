import type { Permission } from '../core/decision/authority.js';

/** A commit status state. */
export type StatusState = 'success' | 'failure' | 'pending' | 'error';

/** A comment on an issue or pull request. */
export interface IssueComment {
  id: number;
  body: string;
  /** The author's login (a bot's ends in [bot]). */
  login: string;
}

/** An open issue. */
export interface IssueRef {
  number: number;
  body: string;
  /** The author's login. */
  login: string;
}

/** The GitHub API, as far as driftgate needs it. */
export interface GitHub {
  /**
   * The login the token writes as (`github-actions[bot]` for the workflow token, `<app>[bot]` for an
   * app's installation token, the user for a personal token); null when it cannot be told. Markers
   * count only on items this identity authored.
   */
  identity(): Promise<string | null>;
  /** A user's permission on the repository. */
  permissionOf(login: string): Promise<Permission>;
  /** Adds a reaction to an issue or PR comment. */
  react(commentId: number, content: '+1' | '-1' | 'eyes'): Promise<void>;
  /** Comments on an issue or pull request; returns the comment id. */
  comment(issueNumber: number, body: string): Promise<number>;
  /** Every comment of an issue or pull request (all pages). */
  listComments(issueNumber: number): Promise<IssueComment[]>;
  updateComment(commentId: number, body: string): Promise<void>;
  /** Open issues carrying a label (all pages). */
  openIssues(label: string): Promise<IssueRef[]>;
  createIssue(issue: { title: string; body: string; labels: string[]; assignees: string[] }): Promise<number>;
  /** Creates the label when the repository does not have it. */
  ensureLabel(name: string, color: string, description: string): Promise<void>;
  closeIssue(issueNumber: number): Promise<void>;
  /** Sets the `driftgate` commit status. */
  setStatus(sha: string, state: StatusState, description: string, targetUrl: string | null): Promise<void>;
  /** The rule types (repository rulesets) that apply to a branch, e.g. `non_fast_forward`, `deletion`. */
  branchRules(branch: string): Promise<string[]>;
  /** The current head commit of a ref (`refs/pull/N/…` or `refs/heads/…`); null when it is gone. */
  headOf(ref: string): Promise<string | null>;
}
