import type { FileObservation } from '../core/seal/observation.js';

/**
 * Observes one workspace-relative name, bytes [start, end) of `names`, under the real root path
 * (bytes). A plain regular file (the common case, kept cheap) writes its 32-byte digest into
 * `digest` at `at` and returns PLAIN or PLAIN_EXECUTABLE (the kinds of core/seal/observation.ts);
 * anything else returns its full observation.
 */
export type ObserveFileInto = (
  root: Uint8Array,
  names: Uint8Array,
  start: number,
  end: number,
  digest: Uint8Array,
  at: number,
) => FileObservation | number;

/**
 * Builds the file observer. It is self-contained on purpose: worker threads run it from its
 * source text (`createFileObserver.toString()`), so it may only use what it fetches through
 * process.getBuiltinModule, never module imports or module constants.
 *
 * Never reads outside the root: the containing folder's real path (cached per folder) and, for a
 * symlink, the target's real path must lie inside the root before anything is opened. Per file it
 * costs what coreutils pays: open, fstat, read (one read for a small file), close.
 */
export function createFileObserver(): ObserveFileInto {
  const fs = process.getBuiltinModule('node:fs');
  const crypto = process.getBuiltinModule('node:crypto');
  // 1 MiB reads: large enough that syscalls do not dominate, small enough for a few threads' memory.
  const chunk = Buffer.allocUnsafe(1 << 20);
  const SLASH = Buffer.from('/');
  // O_NOFOLLOW: a symlink fails with ELOOP and is resolved and checked below. O_NONBLOCK: a FIFO
  // or device opens at once and is refused by fstat, instead of blocking the gate forever.
  const FLAGS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
  let lastRoot: Uint8Array | null = null;
  let pathBuf = Buffer.allocUnsafe(4096);
  // Views of the path buffer and of the read chunk by length, made once: a view per file cost
  // about as much as a syscall.
  // Maps, not arrays: reading an array past its end deoptimized this function in the worker, and
  // recompiling it took 10–20 ms of a core (--trace-deopt, --trace-opt).
  const pathViews = new Map<number, Buffer>();
  const chunkViews = new Map<number, Buffer>();
  const viewOf = (views: Map<number, Buffer>, of: Buffer, n: number): Buffer => {
    let v = views.get(n);
    if (v === undefined) {
      if (views.size > 4096) views.clear();
      v = of.subarray(0, n);
      views.set(n, v);
    }
    return v;
  };
  /** A folder: its real path, that path plus "/", the first linked folder on the way, whether it is inside the root. */
  type Folder = { real: Buffer; prefix: Buffer; linked: string | null; inside: boolean } | string;
  // Folders by a hash of their bytes (each bucket holds the bytes to compare): finding a name's
  // folder then allocates nothing, where a string key per name cost a string per file.
  const byHash = new Map<number, Array<{ bytes: Uint8Array; folder: Folder }>>();
  let rootBuf = Buffer.alloc(0);
  let rootFolder: Folder = { real: rootBuf, prefix: SLASH, linked: null, inside: true };

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

  /**
   * The folder holding a name (its latin1 spelling; folderOf caches it): its real path, that path
   * plus "/", the first folder on the way that is a symbolic link (a sealed folder swapped for a
   * link is tampering even when it stays inside) and whether it lies inside the root, or an errno code.
   */
  const realFolder = (key: string): Folder =>
    resolveFolder(key.split('/').filter((seg) => seg !== '' && seg !== '.'));

  /** Folders by their segments joined (latin1): every folder on the way is resolved once. */
  const bySegments = new Map<string, Folder>();

  /**
   * A folder from its parent's resolution: when the parent is a real folder inside the root, one
   * lstat says whether this one is too (its real path is then the parent's plus its name). A
   * realpath walks every component of the path again, and real trees hold a folder per three files.
   * A link, or anything under one, is resolved with realpath as a whole. Walked down from the
   * deepest folder known, without recursion: a manifest name may hold thousands of segments.
   */
  const resolveFolder = (segments: string[]): Folder => {
    if (segments.length === 0) return rootFolder;
    // Longer than a path may be (PATH_MAX): realpath says so (ENAMETOOLONG) without a walk.
    let length = 0;
    for (const s of segments) length += s.length + 1;
    if (length > 4096) return viaRealpath(segments);
    const keys: string[] = [];
    for (let d = 1; d <= segments.length; d++)
      keys.push(d === 1 ? segments[0]! : `${keys[d - 2]}/${segments[d - 1]}`);
    let depth = segments.length;
    let folder: Folder | undefined;
    while (depth > 0 && (folder = bySegments.get(keys[depth - 1]!)) === undefined) depth--;
    if (depth === 0) folder = rootFolder;
    for (; depth < segments.length; depth++) {
      folder = childFolder(folder!, segments, depth);
      bySegments.set(keys[depth]!, folder);
    }
    return folder!;
  };

  /** Folder segments[0..depth] (inclusive) from its parent's resolution. */
  const childFolder = (parent: Folder, segments: string[], depth: number): Folder => {
    if (typeof parent === 'string') return parent;
    const last = segments[depth]!;
    if (parent.linked !== null || !parent.inside || last === '..')
      return viaRealpath(segments.slice(0, depth + 1));
    const path = Buffer.concat([parent.prefix, Buffer.from(last, 'latin1')]);
    try {
      const st = fs.lstatSync(path, { throwIfNoEntry: false });
      if (st === undefined) return 'ENOENT';
      if (st.isDirectory())
        return { real: path, prefix: Buffer.concat([path, SLASH]), linked: null, inside: true };
      if (st.isSymbolicLink()) return viaRealpath(segments.slice(0, depth + 1));
      return 'ENOTDIR';
    } catch (e) {
      return errorCode(e);
    }
  };

  /** A folder resolved with realpath from the root, its first link found when it has one. */
  const viaRealpath = (segments: string[]): Folder => {
    const lexical = Buffer.concat([rootBuf, SLASH, Buffer.from(segments.join('/'), 'latin1')]);
    try {
      const real = fs.realpathSync.native(lexical, { encoding: 'buffer' });
      return {
        real,
        prefix: Buffer.concat([real, SLASH]),
        linked: real.equals(lexical) ? null : firstLink(segments),
        inside: inside(real),
      };
    } catch (e) {
      return errorCode(e);
    }
  };

  /** The folder of the name whose last "/" is at `cut` (cached). */
  const folderOf = (names: Uint8Array, start: number, cut: number): Folder => {
    let h = 0x811c9dc5;
    for (let k = start; k < cut; k++) h = Math.imul(h ^ names[k]!, 0x01000193);
    let bucket = byHash.get(h);
    if (bucket !== undefined) {
      for (const f of bucket) {
        if (f.bytes.length !== cut - start) continue;
        let same = true;
        for (let k = start; k < cut && same; k++) same = f.bytes[k - start] === names[k];
        if (same) return f.folder;
      }
    } else {
      bucket = [];
      byHash.set(h, bucket);
    }
    const bytes = names.slice(start, cut);
    const folder = realFolder(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'));
    bucket.push({ bytes, folder });
    return folder;
  };

  /** The digest as a one-char-per-byte string into digest[at…at+32]. */
  const store = (raw: string, digest: Uint8Array, at: number): void => {
    for (let k = 0; k < 32; k++) digest[at + k] = raw.charCodeAt(k);
  };

  /** sha256 of the open file into digest[at…at+32]. */
  const hashInto = (fd: number, size: number, digest: Uint8Array, at: number): void => {
    const first = fs.readSync(fd, chunk, 0, chunk.length, null);
    // A short read of a regular file is its end: hash small files in one call. The digest comes
    // back as a 'binary' (latin1) string: a Buffer per file costs more than hashing a kilobyte.
    if (first < chunk.length && first >= size) {
      store(crypto.hash('sha256', viewOf(chunkViews, chunk, first), 'binary'), digest, at);
      return;
    }
    const hash = crypto.createHash('sha256').update(chunk.subarray(0, first));
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
    }
    store(hash.digest('binary'), digest, at);
  };

  const hex = (digest: Uint8Array, at: number): string =>
    Buffer.from(digest.buffer, digest.byteOffset + at, 32).toString('hex');

  return (root, names, start, end, digest, at) => {
    if (root !== lastRoot) {
      lastRoot = root;
      rootBuf = Buffer.from(root);
      rootFolder = { real: rootBuf, prefix: Buffer.concat([rootBuf, SLASH]), linked: null, inside: true };
      byHash.clear();
      bySegments.clear();
    }
    if (end === start) return { state: 'missing' };
    let cut = end - 1;
    while (cut >= start && names[cut] !== 0x2f) cut--;
    const folder = cut < start ? rootFolder : folderOf(names, start, cut);
    if (typeof folder === 'string')
      return absent(folder) ? { state: 'missing' } : { state: 'unreadable', error: folder };
    if (!folder.inside)
      return { state: 'escapes', detail: `its folder resolves to ${folder.real.toString('utf8')}` };
    // The path is built in one reused buffer: no allocation per file.
    const length = folder.prefix.length + end - cut - 1;
    if (length > pathBuf.length) {
      pathBuf = Buffer.allocUnsafe(length * 2);
      pathViews.clear();
    }
    const prefix = folder.prefix;
    for (let k = 0; k < prefix.length; k++) pathBuf[k] = prefix[k]!;
    for (let k = cut + 1, o = prefix.length; k < end; k++, o++) pathBuf[o] = names[k]!;
    let path = viewOf(pathViews, pathBuf, length);
    let symlink = false;
    let fd: number;
    try {
      fd = fs.openSync(path, FLAGS);
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
        fd = fs.openSync(path, FLAGS);
      } catch (e3) {
        return { state: 'unreadable', error: errorCode(e3) };
      }
    }
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile())
        return { state: 'unreadable', error: st.isDirectory() ? 'EISDIR' : 'not a regular file' };
      hashInto(fd, st.size, digest, at);
      const executable = (st.mode & 0o111) !== 0;
      if (!symlink && folder.linked === null) return executable ? 2 : 1;
      return { state: 'ok', sha256: hex(digest, at), executable, symlink, linkedFolder: folder.linked };
    } catch (e) {
      return { state: 'unreadable', error: errorCode(e) };
    } finally {
      fs.closeSync(fd);
    }
  };
}
