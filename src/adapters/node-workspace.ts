import { constants } from 'node:fs';
import { availableParallelism } from 'node:os';
import { lstat, mkdir, open, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { FileObservation } from '../core/seal/observation.js';
import type { ManifestSource, SealedLink } from '../core/seal/verify.js';
import type { Workspace } from '../ports/workspace.js';
import { createFileObserver } from './file-observer.js';

/** Below this many files, hashing in-process beats starting workers (measured with `npm run bench`). */
const IN_PROCESS_MAX_FILES = 64;
/** Files per message to a worker: amortizes messaging for many small files while keeping the load balanced. */
const BATCH_FILES = 128;

/** A Workspace over the local file system, rooted at `root`. */
export async function createNodeWorkspace(root: string): Promise<Workspace> {
  const realRoot = await realpath(resolve(root));
  const rootBytes = new Uint8Array(Buffer.from(realRoot));

  const locate = (path: string): string => {
    const abs = resolve(realRoot, path);
    const rel = relative(realRoot, abs);
    if (isAbsolute(path) || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new Error(`${path}: refusing a path outside the workspace ${realRoot}`);
    }
    return abs;
  };

  return {
    root: realRoot,
    async readFile(path: string): Promise<ManifestSource> {
      const abs = locate(path);
      try {
        const real = await realpath(abs);
        if (real !== realRoot && !real.startsWith(realRoot + sep)) {
          return { state: 'unreadable', error: `${path} resolves outside the workspace` };
        }
        return await readRegularFile(real, path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return { state: 'absent' };
        return { state: 'unreadable', error: code ?? String(e) };
      }
    },
    async observe(names: readonly Uint8Array[]): Promise<FileObservation[]> {
      if (names.length <= IN_PROCESS_MAX_FILES) {
        const observe = createFileObserver();
        return names.map((n) => observe(rootBytes, n));
      }
      return observeInWorkers(rootBytes, names);
    },
    async glob(patterns: readonly string[]): Promise<string[]> {
      if (patterns.length === 0) return [];
      const found = await glob([...patterns], {
        cwd: realRoot,
        dot: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        expandDirectories: false,
        ignore: ['.git/**'],
      });
      return found.sort();
    },
    async sealedLinks(patterns: readonly string[]): Promise<SealedLink[]> {
      return findSealedLinks(realRoot, patterns);
    },
    async writeFile(path: string, data: Uint8Array | string): Promise<string> {
      const abs = locate(path);
      await assertNoLinkOnTheWay(realRoot, relative(realRoot, abs).split(sep), path);
      // O_NOFOLLOW: a link swapped in at the last moment fails instead of being written through;
      // O_NONBLOCK: a FIFO there cannot hold the gate (it fails with ENXIO or is refused below).
      const handle = await open(
        abs,
        constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK,
        0o644,
      ).catch((e: NodeJS.ErrnoException) => {
        throw new Error(
          `${path}: refusing to write (${e.code === 'ELOOP' ? 'it is a symbolic link' : (e.code ?? e.message)})`,
        );
      });
      try {
        if (!(await handle.stat()).isFile())
          throw new Error(`${path}: refusing to write (not a regular file)`);
        await handle.truncate(0);
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
      return abs;
    },
    async modifiedAt(path: string): Promise<number | null> {
      try {
        return (await lstat(locate(path))).mtimeMs;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async exists(path: string): Promise<boolean> {
      try {
        await lstat(locate(path));
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw e;
      }
    },
  };
}

/** Reads a file whole only when it is a regular file, never waiting on a FIFO or a device. */
async function readRegularFile(real: string, path: string): Promise<ManifestSource> {
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    const st = await handle.stat();
    if (!st.isFile()) {
      return {
        state: 'unreadable',
        error: `${path} is not a regular file (${st.isDirectory() ? 'a folder' : st.isFIFO() ? 'a FIFO' : 'a device or socket'})`,
      };
    }
    return { state: 'present', bytes: new Uint8Array(await handle.readFile()) };
  } finally {
    await handle.close();
  }
}

/**
 * Creates the folders of `segments` (the last one is the file) one by one under the root and throws
 * when any existing one is a symbolic link or not a folder: a committed link must not redirect the
 * gate's writes, even to a place inside the workspace.
 */
async function assertNoLinkOnTheWay(root: string, segments: string[], path: string): Promise<void> {
  let at = root;
  for (const [i, seg] of segments.entries()) {
    at = `${at}${sep}${seg}`;
    const last = i === segments.length - 1;
    let st;
    try {
      st = await lstat(at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      if (last) return;
      await mkdir(at);
      continue;
    }
    const rel = segments.slice(0, i + 1).join('/');
    if (st.isSymbolicLink())
      throw new Error(
        `${path}: refusing to write through the symbolic link ${rel} (the gate writes only inside the workspace, never through a link)`,
      );
    if (!last && !st.isDirectory()) throw new Error(`${path}: refusing to write, ${rel} is not a folder`);
  }
}

/** What a link resolves to, without reading anything behind it. */
async function linkTarget(root: string, abs: string): Promise<SealedLink['target']> {
  let real: string;
  try {
    real = await realpath(abs);
  } catch {
    return 'dangling';
  }
  if (real !== root && !real.startsWith(root + sep)) return 'outside';
  const st = await stat(real);
  return st.isDirectory() ? 'folder' : st.isFile() ? 'file' : 'other';
}

/** Walks the folders the sealed globs reach (never through a link) and lists the links there. */
async function findSealedLinks(root: string, patterns: readonly string[]): Promise<SealedLink[]> {
  const positive = patterns.filter((p) => !p.startsWith('!'));
  if (positive.length === 0) return [];
  const isMatch = picomatch([...positive], { dot: true });
  const bases = [...new Set(positive.map((p) => picomatch.scan(p).base.replace(/\/+$/, '')))].sort();
  // A base inside another base is walked with it.
  const roots = bases.filter((b, i) => !bases.slice(0, i).some((o) => o === '' || b.startsWith(`${o}/`)));
  const found = new Map<string, SealedLink>();
  const consider = async (rel: string, abs: string): Promise<void> => {
    const target = await linkTarget(root, abs);
    if (target !== 'file' || isMatch(rel)) found.set(rel, { path: rel, target });
  };
  const walk = async (rel: string): Promise<void> => {
    const abs = rel === '' ? root : `${root}${sep}${rel}`;
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of entries) {
      const child = rel === '' ? d.name : `${rel}/${d.name}`;
      if (rel === '' && d.name === '.git') continue;
      if (d.isSymbolicLink()) await consider(child, `${abs}${sep}${d.name}`);
      else if (d.isDirectory()) await walk(child);
    }
  };
  for (const base of roots) {
    // The folders leading to the base: one of them swapped for a link hides the whole tree.
    const segments = base === '' ? [] : base.split('/').filter((s) => s !== '' && s !== '.');
    let reached = true;
    for (let i = 1; i <= segments.length && reached; i++) {
      const rel = segments.slice(0, i).join('/');
      const abs = `${root}${sep}${rel}`;
      try {
        const st = await lstat(abs);
        if (st.isSymbolicLink()) {
          found.set(rel, { path: rel, target: await linkTarget(root, abs) });
          reached = false;
        } else if (!st.isDirectory()) reached = false;
      } catch {
        reached = false;
      }
    }
    if (reached) await walk(segments.join('/'));
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// A batch travels as one transferred buffer of NUL-terminated names (a manifest name cannot hold NUL).
const WORKER_SOURCE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const observe = (${createFileObserver.toString()})();
parentPort.on('message', ({ root, packed }) => {
  const bytes = new Uint8Array(packed);
  const out = [];
  for (let at = 0; at < bytes.length; ) {
    const end = bytes.indexOf(0, at);
    out.push(observe(root, bytes.subarray(at, end)));
    at = end + 1;
  }
  parentPort.postMessage(out);
});
`;

function pack(names: readonly Uint8Array[]): ArrayBuffer {
  const out = new Uint8Array(names.reduce((n, b) => n + b.length + 1, 0));
  let at = 0;
  for (const b of names) {
    out.set(b, at);
    at += b.length + 1;
  }
  return out.buffer;
}

/** Hashes in worker threads, one per core, pulling batches from a shared queue so big files do not stall the rest. */
async function observeInWorkers(root: Uint8Array, names: readonly Uint8Array[]): Promise<FileObservation[]> {
  const results: FileObservation[] = new Array<FileObservation>(names.length);
  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(names.length / BATCH_FILES)));
  let next = 0;
  const workers = Array.from({ length: count }, () => new Worker(WORKER_SOURCE, { eval: true }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolveWorker, reject) => {
            let start = 0;
            const feed = (): void => {
              if (next >= names.length) {
                resolveWorker();
                return;
              }
              start = next;
              next = Math.min(names.length, next + BATCH_FILES);
              const packed = pack(names.slice(start, next));
              worker.postMessage({ root, packed }, [packed]);
            };
            worker.on('message', (batch: FileObservation[]) => {
              batch.forEach((o, k) => (results[start + k] = o));
              feed();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (next < names.length || code !== 0)
                reject(new Error(`hash worker exited with code ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
