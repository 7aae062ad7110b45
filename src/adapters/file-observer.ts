import type { FileObservation } from '../core/seal/observation.js';

/** Observes one workspace-relative name (bytes) under the real root path (bytes). */
export type ObserveFile = (root: Uint8Array, name: Uint8Array) => FileObservation;

/**
 * Builds the file observer. It is self-contained on purpose: worker threads run it from its
 * source text (`createFileObserver.toString()`), so it may only use what it fetches through
 * process.getBuiltinModule, never module imports.
 *
 * Never reads outside the root: the containing folder's real path (cached per folder) and, for a
 * symlink, the target's real path must lie inside the root before anything is opened.
 */
export function createFileObserver(): ObserveFile {
  const fs = process.getBuiltinModule('node:fs');
  const crypto = process.getBuiltinModule('node:crypto');
  // 1 MiB reads: large enough that syscalls do not dominate, small enough for 2 workers' memory.
  const chunk = Buffer.allocUnsafe(1 << 20);
  const SLASH = Buffer.from('/');
  const folders = new Map<string, { real: Buffer; linked: string | null } | string>();
  let rootKey = '';
  let rootBuf = Buffer.alloc(0);

  const errorCode = (e: unknown): string => {
    const c = (e as { code?: unknown }).code;
    return typeof c === 'string' ? c : String(e);
  };
  const absent = (c: string): boolean => c === 'ENOENT' || c === 'ENOTDIR';
  const inside = (real: Buffer): boolean =>
    real.equals(rootBuf) ||
    (real.length > rootBuf.length &&
      real[rootBuf.length] === 0x2f &&
      rootBuf.equals(real.subarray(0, rootBuf.length)));

  /**
   * The folder holding a name (cached): its real path and the first folder on the way that is a
   * symbolic link (a sealed folder swapped for a link is tampering even when it stays inside), or an
   * errno code.
   */
  const realFolder = (folder: Uint8Array): { real: Buffer; linked: string | null } | string => {
    if (folder.length === 0) return { real: rootBuf, linked: null };
    const key = Buffer.from(folder).toString('latin1');
    let found = folders.get(key);
    if (found === undefined) {
      const segments = key.split('/').filter((seg) => seg !== '' && seg !== '.');
      if (segments.length === 0) return { real: rootBuf, linked: null };
      const lexical = Buffer.concat([rootBuf, SLASH, Buffer.from(segments.join('/'), 'latin1')]);
      try {
        const real = fs.realpathSync.native(lexical, { encoding: 'buffer' });
        found = { real, linked: real.equals(lexical) ? null : firstLink(segments) };
      } catch (e) {
        found = errorCode(e);
      }
      folders.set(key, found);
    }
    return found;
  };

  /** The first of the folders root/a, root/a/b, … that is a symbolic link (names as latin1 segments). */
  const firstLink = (segments: string[]): string => {
    for (let i = 1; i <= segments.length; i++) {
      const rel = segments.slice(0, i).join('/');
      try {
        if (fs.lstatSync(Buffer.concat([rootBuf, SLASH, Buffer.from(rel, 'latin1')])).isSymbolicLink())
          return Buffer.from(rel, 'latin1').toString('utf8');
      } catch {
        break;
      }
    }
    return Buffer.from(segments.join('/'), 'latin1').toString('utf8');
  };

  const hashFd = (fd: number, size: number): string => {
    const first = fs.readSync(fd, chunk, 0, chunk.length, null);
    // A short read of a regular file is its end: hash small files in one call.
    if (first < chunk.length && first >= size) return crypto.hash('sha256', chunk.subarray(0, first), 'hex');
    const hash = crypto.createHash('sha256').update(chunk.subarray(0, first));
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
    }
    return hash.digest('hex');
  };

  return (root, name) => {
    const key = Buffer.from(root).toString('latin1');
    if (key !== rootKey) {
      rootKey = key;
      rootBuf = Buffer.from(root);
      folders.clear();
    }
    if (name.length === 0) return { state: 'missing' };
    const cut = name.lastIndexOf(0x2f);
    const folder = realFolder(cut < 0 ? name.subarray(0, 0) : name.subarray(0, cut));
    if (typeof folder === 'string')
      return absent(folder) ? { state: 'missing' } : { state: 'unreadable', error: folder };
    if (!inside(folder.real))
      return { state: 'escapes', detail: `its folder resolves to ${folder.real.toString('utf8')}` };
    const linkedFolder = folder.linked;
    let path = Buffer.concat([folder.real, SLASH, name.subarray(cut + 1)]);
    // O_NOFOLLOW: a symlink fails with ELOOP and is resolved and checked below. O_NONBLOCK: a FIFO
    // or device opens at once and is refused by fstat, instead of blocking the gate forever.
    const flags = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
    let symlink = false;
    let fd: number;
    try {
      fd = fs.openSync(path, flags);
    } catch (e) {
      const c = errorCode(e);
      if (absent(c)) return { state: 'missing' };
      if (c !== 'ELOOP') return { state: 'unreadable', error: c };
      symlink = true;
      try {
        path = fs.realpathSync.native(path, { encoding: 'buffer' });
      } catch (e2) {
        // A dangling link: nothing to read, and its target is not followed.
        const c2 = errorCode(e2);
        return absent(c2) ? { state: 'missing' } : { state: 'unreadable', error: c2 };
      }
      if (!inside(path)) return { state: 'escapes', detail: `links to ${path.toString('utf8')}` };
      try {
        fd = fs.openSync(path, flags);
      } catch (e3) {
        return { state: 'unreadable', error: errorCode(e3) };
      }
    }
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile())
        return { state: 'unreadable', error: st.isDirectory() ? 'EISDIR' : 'not a regular file' };
      return {
        state: 'ok',
        sha256: hashFd(fd, st.size),
        executable: (st.mode & 0o111) !== 0,
        symlink,
        linkedFolder,
      };
    } catch (e) {
      return { state: 'unreadable', error: errorCode(e) };
    } finally {
      fs.closeSync(fd);
    }
  };
}
