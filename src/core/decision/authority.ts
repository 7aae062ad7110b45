/** Repository permissions (GitHub's collaborator permission levels). */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** SPEC §3 `architects`: the listed logins, or (list empty) users with maintain or admin permission. */
export function isAuthorized(
  login: string,
  architects: readonly string[],
  permission: Permission | null,
): boolean {
  if (architects.length > 0) return architects.some((a) => a.toLowerCase() === login.toLowerCase());
  return permission === 'admin' || permission === 'maintain';
}

/** Why a login may not decide, for the answer to the comment. */
export function describeAuthority(login: string, architects: readonly string[]): string {
  const who = architects.length
    ? `listed in architects (${architects.join(', ')})`
    : 'a user with maintain or admin permission';
  return `${login} may not decide: a decision must come from ${who}`;
}
