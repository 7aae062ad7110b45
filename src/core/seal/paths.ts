const SLASH = 0x2f;
const DOT = 0x2e;

/** Why a manifest name may not be read, or null when it is a plain workspace-relative path. */
export function unsafePathReason(name: Uint8Array): string | null {
  if (name[0] === SLASH) return 'absolute path';
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i === name.length || name[i] === SLASH) {
      if (i - start === 2 && name[start] === DOT && name[start + 1] === DOT) return '".." segment';
      start = i + 1;
    }
  }
  return null;
}

/** A name as a glob engine reports it: UTF-8, without leading "./" segments or doubled slashes. */
export function normalizeRelative(path: string): string {
  // Most names are already plain: skip the split for them.
  if (!/(^|\/)\.?(\/|$)/.test(path)) return path;
  return path
    .split('/')
    .filter((seg, i, all) => seg !== '.' && !(seg === '' && i > 0 && i < all.length))
    .join('/');
}
