import type { FileObservation } from '../core/seal/observation.js';

/** Observes one workspace-relative name (bytes) under the real root path (bytes). */
export type ObserveFile = (root: Uint8Array, name: Uint8Array) => FileObservation;

/**
 * Builds the file observer. It is self-contained on purpose: worker threads run it from its
 * source text (`createFileObserver.toString()`), so it may only use what it fetches through
 * process.getBuiltinModule, never module imports.
 */
export function createFileObserver(): ObserveFile {
  const fs = process.getBuiltinModule('node:fs');
  const crypto = process.getBuiltinModule('node:crypto');
  // 1 MiB reads: large enough that syscalls do not dominate, small enough for 2 workers' memory.
  const chunk = Buffer.allocUnsafe(1 << 20);
  const SLASH = 0x2f;

  const code = (e: unknown): string => {
    const c = (e as { code?: unknown }).code;
    return typeof c === 'string' ? c : String(e);
  };
  const inside = (rootBuf: Buffer, real: Buffer): boolean =>
    real.equals(rootBuf) ||
    (real.length > rootBuf.length &&
      real[rootBuf.length] === SLASH &&
      rootBuf.equals(real.subarray(0, rootBuf.length)));

  return (root, name) => {
    const rootBuf = Buffer.from(root);
    const abs = Buffer.concat([rootBuf, Buffer.from([SLASH]), name]);
    if (name.length === 0) return { state: 'missing' };
    let symlink = false;
    try {
      symlink = fs.lstatSync(abs).isSymbolicLink();
    } catch (e) {
      const c = code(e);
      return c === 'ENOENT' || c === 'ENOTDIR' ? { state: 'missing' } : { state: 'unreadable', error: c };
    }
    let real: Buffer;
    try {
      real = fs.realpathSync(abs, { encoding: 'buffer' });
    } catch (e) {
      const c = code(e);
      // A dangling link: nothing to read, and its target is not followed.
      return c === 'ENOENT' || c === 'ENOTDIR' ? { state: 'missing' } : { state: 'unreadable', error: c };
    }
    if (!inside(rootBuf, real)) {
      return { state: 'escapes', detail: `resolves to ${real.toString('utf8')}` };
    }
    let fd: number;
    try {
      fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    } catch (e) {
      return { state: 'unreadable', error: code(e) };
    }
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile())
        return { state: 'unreadable', error: st.isDirectory() ? 'EISDIR' : 'not a regular file' };
      const hash = crypto.createHash('sha256');
      for (;;) {
        const n = fs.readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) break;
        hash.update(chunk.subarray(0, n));
      }
      return { state: 'ok', sha256: hash.digest('hex'), executable: (st.mode & 0o111) !== 0, symlink };
    } catch (e) {
      return { state: 'unreadable', error: code(e) };
    } finally {
      fs.closeSync(fd);
    }
  };
}
