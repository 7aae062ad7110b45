const SLASH = 0x2f;
const DOT = 0x2e;

/**
 * Why a manifest name (bytes [from, to) of `name`) may not be read, or null when it is a plain
 * workspace-relative path.
 */
export function unsafePathReason(name: Uint8Array, from = 0, to = name.length): string | null {
  if (to > from && name[from] === SLASH) return 'absolute path';
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || name[i] === SLASH) {
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
