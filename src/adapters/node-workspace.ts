import { closeSync, constants, fstatSync, openSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { FileHandle } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { packList, type PackedNames } from '../core/seal/manifest.js';
import { DETAILED, type FileObservation, type Observations } from '../core/seal/observation.js';
import type { ManifestSource, SealedLink } from '../core/seal/verify.js';
import type { FileStreamed, Workspace } from '../ports/workspace.js';
import { createFileObserver, type ObserveFileInto } from './file-observer.js';
import { fsPromises } from './lazy-fs.js';
import { readToEnd } from './read-to-end.js';

/** Up to this many files the main thread works alone: starting a worker costs more than it saves. */
const IN_PROCESS_MAX_FILES = 256;

/** A Workspace over the local file system, rooted at `root`. */
export async function createNodeWorkspace(root: string): Promise<Workspace> {
  const realRoot = realpathSync.native(resolve(root));
  const rootBytes = new Uint8Array(Buffer.from(realRoot));

  const locate = (path: string): string => {
    const abs = resolve(realRoot, path);
    const rel = relative(realRoot, abs);
    if (isAbsolute(path) || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new Error(`${path}: refusing a path outside the workspace ${realRoot}`);
    }
    return abs;
  };

  // Hashing threads started ahead by prepareObserve, handed to the next observe.
  let ready: Helper[] | null = null;

  return {
    root: realRoot,
    async readFile(path: string): Promise<ManifestSource> {
      const abs = locate(path);
      try {
        const real = realpathSync.native(abs);
        if (real !== realRoot && !real.startsWith(realRoot + sep)) {
          return { state: 'unreadable', error: `${path} resolves outside the workspace` };
        }
        return readRegularFile(real, path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return { state: 'absent' };
        return { state: 'unreadable', error: code ?? String(e) };
      }
    },
    async readChunks(path, onChunk) {
      const abs = locate(path);
      try {
        const real = await fsPromises().realpath(abs);
        if (real !== realRoot && !real.startsWith(realRoot + sep)) {
          return { state: 'unreadable', error: `${path} resolves outside the workspace` };
        }
        return await streamRegularFile(real, path, onChunk);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return { state: 'absent' };
        return { state: 'unreadable', error: code ?? String(e) };
      }
    },
    prepareObserve(count: number): void {
      if (count > IN_PROCESS_MAX_FILES && ready === null) ready = startHelpers();
    },
    async observe(names: readonly Uint8Array[] | PackedNames): Promise<Observations> {
      const helpers = ready;
      ready = null;
      return observeAll(rootBytes, Array.isArray(names) ? packList(names) : (names as PackedNames), helpers);
    },
    async glob(patterns: readonly string[]): Promise<string[]> {
      if (patterns.length === 0) return [];
      // Loaded when a glob is set: most runs seal by manifest alone and never pay for it.
      const { glob } = await import('tinyglobby');
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
    async writeRefusal(path: string): Promise<string | null> {
      const abs = locate(path);
      return findLinkOnTheWay(realRoot, relative(realRoot, abs).split(sep), path, {
        create: false,
        file: false,
      });
    },
    async writeFile(path: string, data: Uint8Array | string): Promise<string> {
      const abs = locate(path);
      await assertNoLinkOnTheWay(realRoot, relative(realRoot, abs).split(sep), path);
      // O_NOFOLLOW: a link swapped in at the last moment fails instead of being written through;
      // O_NONBLOCK: a FIFO there cannot hold the gate (it fails with ENXIO or is refused below).
      const handle = await fsPromises()
        .open(
          abs,
          constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK,
          0o644,
        )
        .catch((e: NodeJS.ErrnoException) => {
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
    async makeFolder(path: string): Promise<void> {
      await fsPromises().mkdir(locate(path), { recursive: true });
    },
    async modifiedAt(path: string): Promise<number | null> {
      try {
        return (await fsPromises().lstat(locate(path))).mtimeMs;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async exists(path: string): Promise<boolean> {
      try {
        await fsPromises().lstat(locate(path));
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw e;
      }
    },
  };
}

/** Bytes per read when a file is read chunk by chunk. */
const CHUNK_BYTES = 1 << 20;

/** Reads a file whole only when it is a regular file, never waiting on a FIFO or a device. */
function readRegularFile(real: string, path: string): ManifestSource {
  // Synchronous: a manifest or a report is read at once, where a read per event-loop turn (what
  // the promise API does, in 512 KiB pieces) costs the seal's start several milliseconds.
  const fd = openSync(real, READ_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { state: 'unreadable', error: notRegular(path, st) };
    return { state: 'present', bytes: readToEnd(fd, st.size + 1) };
  } finally {
    closeSync(fd);
  }
}

/** Opens without following a link, and without waiting on a FIFO. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

/** Why `path` is not read: what it is instead of a regular file. */
const notRegular = (path: string, st: { isDirectory(): boolean; isFIFO(): boolean }): string =>
  `${path} is not a regular file (${st.isDirectory() ? 'a folder' : st.isFIFO() ? 'a FIFO' : 'a device or socket'})`;

/** Reads a regular file chunk by chunk into `onChunk`, one buffer reused for every read. */
async function streamRegularFile(
  real: string,
  path: string,
  onChunk: (chunk: Uint8Array) => void,
): Promise<FileStreamed> {
  return withRegularFile(real, path, async (handle) => {
    const buffer = new Uint8Array(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return { state: 'present' };
      onChunk(buffer.subarray(0, bytesRead));
    }
  });
}

/** Opens `real` without following a link or waiting on a FIFO, and uses it only when it is a regular file. */
async function withRegularFile<T>(
  real: string,
  path: string,
  use: (handle: FileHandle) => Promise<T>,
): Promise<T | { state: 'unreadable'; error: string }> {
  const handle = await fsPromises().open(real, READ_FLAGS);
  try {
    const st = await handle.stat();
    if (!st.isFile()) return { state: 'unreadable', error: notRegular(path, st) };
    return await use(handle);
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
  const refusal = await findLinkOnTheWay(root, segments, path, { create: true, file: true });
  if (refusal) throw new Error(refusal);
}

/**
 * Why writing through `segments` would be refused: the first of them that is a link, or, but for a
 * last segment that names the file, is no folder. Creates the missing folders when asked.
 */
async function findLinkOnTheWay(
  root: string,
  segments: string[],
  path: string,
  opts: { create: boolean; file: boolean },
): Promise<string | null> {
  let at = root;
  for (const [i, seg] of segments.entries()) {
    const last = opts.file && i === segments.length - 1;
    at = `${at}${sep}${seg}`;
    let st;
    try {
      st = await fsPromises().lstat(at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      if (last || !opts.create) return null;
      await fsPromises().mkdir(at);
      continue;
    }
    const rel = segments.slice(0, i + 1).join('/');
    if (st.isSymbolicLink())
      return `${path}: refusing to write through the symbolic link ${rel} (the gate writes only inside the workspace, never through a link)`;
    if (!last && !st.isDirectory()) return `${path}: refusing to write, ${rel} is not a folder`;
  }
  return null;
}

/** What a link resolves to, without reading anything behind it. */
async function linkTarget(root: string, abs: string): Promise<SealedLink['target']> {
  let real: string;
  try {
    real = await fsPromises().realpath(abs);
  } catch {
    return 'dangling';
  }
  if (real !== root && !real.startsWith(root + sep)) return 'outside';
  const st = await fsPromises().stat(real);
  return st.isDirectory() ? 'folder' : st.isFile() ? 'file' : 'other';
}

/** Walks the folders the sealed globs reach (never through a link) and lists the links there. */
async function findSealedLinks(root: string, patterns: readonly string[]): Promise<SealedLink[]> {
  const positive = patterns.filter((p) => !p.startsWith('!'));
  if (positive.length === 0) return [];
  const { default: picomatch } = await import('picomatch');
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
      entries = await fsPromises().readdir(abs, { withFileTypes: true });
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
        const st = await fsPromises().lstat(abs);
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

/**
 * Hands out the names in shrinking batches through a shared counter until none is left, so every
 * thread stays busy to the end (a 1 GiB file late in the list does not leave the others idle).
 * Self-contained: worker threads run it from its source text.
 */
function drain(
  observe: ObserveFileInto,
  root: Uint8Array,
  names: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  digests: Uint8Array,
  status: Int32Array,
  next: Int32Array,
  threads: number,
  details: Array<[number, FileObservation]>,
): void {
  const n = starts.length;
  for (;;) {
    const remaining = n - Atomics.load(next, 0);
    // Integer division (| 0): a fraction where the optimized code expected none deoptimizes it.
    const size = Math.max(1, Math.min(64, (remaining / (threads * 4)) | 0));
    const start = Atomics.add(next, 0, size);
    if (start >= n) return;
    const end = Math.min(n, start + size);
    for (let i = start; i < end; i++) {
      const r = observe(root, names, starts[i]!, ends[i]!, digests, i * 32);
      if (typeof r !== 'number') details.push([i, r]);
      // Atomics.store publishes the digest written just before to the thread that reads the status;
      // 3 is DETAILED (a literal: this function runs from its source text in the workers).
      Atomics.store(status, i, typeof r === 'number' ? r : 3);
    }
  }
}

/** A slot in Job.started: the thread has not taken its share yet / took it / came too late. */
const SLOT_OPEN = 0;
const SLOT_WORKING = 1;
const SLOT_CLOSED = 2;

/**
 * One observe call's shared memory. A thread that boots after the main thread has emptied the
 * queue finds its slot closed and leaves: nobody waits for a thread that had nothing to do.
 */
interface Job {
  root: Uint8Array;
  names: SharedArrayBuffer;
  starts: SharedArrayBuffer;
  ends: SharedArrayBuffer;
  digests: SharedArrayBuffer;
  status: SharedArrayBuffer;
  next: SharedArrayBuffer;
  started: SharedArrayBuffer;
  threads: number;
  slot: number;
}

const WORKER_SOURCE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const observe = (${createFileObserver.toString()})();
const drain = ${drain.toString()};
parentPort.once('message', (job) => {
  if (Atomics.compareExchange(new Int32Array(job.started), job.slot, ${SLOT_OPEN}, ${SLOT_WORKING}) !== ${SLOT_OPEN}) return;
  const details = [];
  drain(observe, job.root, new Uint8Array(job.names), new Int32Array(job.starts), new Int32Array(job.ends),
    new Uint8Array(job.digests),
    new Int32Array(job.status), new Int32Array(job.next), job.threads, details);
  parentPort.postMessage(details);
});
`;

/** A hashing thread and what it reports: the full observations of its names that are not plain files. */
interface Helper {
  worker: Worker;
  details: Promise<Array<[number, FileObservation]>>;
}

/**
 * One thread per core beside the main one. They boot (tens of milliseconds each) while the main
 * thread goes on, and do not keep the process alive while they wait for their job.
 */
function startHelpers(): Helper[] {
  const helpers: Helper[] = [];
  // node:worker_threads is loaded only when there are helpers: a short run hashes in process, and
  // loading it is a measurable part of start-up.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  for (let i = 1; i < availableParallelism(); i++) {
    let worker: Helper['worker'];
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true });
    } catch {
      // No thread to be had (a process limit): the threads started so far, or the main one alone, do the work.
      break;
    }
    worker.unref();
    const details = new Promise<Array<[number, FileObservation]>>((resolveWorker) => {
      worker.once('message', resolveWorker);
      // A worker that dies leaves its claimed names pending; the main thread redoes them.
      worker.once('error', () => resolveWorker([]));
      worker.once('exit', () => resolveWorker([]));
    });
    helpers.push({ worker, details });
  }
  return helpers;
}

/** A copy of `from` in memory the hashing threads share. */
function shared<T extends Uint8Array | Int32Array>(from: T, make: (b: SharedArrayBuffer) => T): T {
  const to = make(new SharedArrayBuffer(Math.max(4, from.byteLength)));
  to.set(from as never);
  return to;
}

/**
 * Observes every name: the main thread starts at once and, past a few hundred names, one worker
 * per other core joins it (started here, or ahead by prepareObserve), all drawing from one shared
 * queue. Names go to the workers once, in shared memory; digests come back the same way, so
 * nothing is copied per file. A worker that fails leaves its names to the main thread.
 */
async function observeAll(
  root: Uint8Array,
  list: PackedNames,
  ready: Helper[] | null,
): Promise<Observations> {
  const n = list.starts.length;
  const names = shared(list.bytes, (b) => new Uint8Array(b));
  const starts = shared(list.starts, (b) => new Int32Array(b));
  const ends = shared(list.ends, (b) => new Int32Array(b));
  const digests = new Uint8Array(new SharedArrayBuffer(Math.max(1, 32 * n)));
  const status = new Int32Array(new SharedArrayBuffer(Math.max(4, 4 * n)));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const helpers = ready ?? (n > IN_PROCESS_MAX_FILES ? startHelpers() : []);
  const started = new Int32Array(new SharedArrayBuffer(Math.max(4, 4 * helpers.length)));
  const threads = helpers.length + 1;
  helpers.forEach(({ worker }, slot) => {
    const job: Job = {
      root,
      names: names.buffer as SharedArrayBuffer,
      starts: starts.buffer as SharedArrayBuffer,
      ends: ends.buffer as SharedArrayBuffer,
      digests: digests.buffer as SharedArrayBuffer,
      status: status.buffer as SharedArrayBuffer,
      next: next.buffer,
      started: started.buffer as SharedArrayBuffer,
      threads,
      slot,
    };
    // Held until it answers: an idle pool must not keep the process alive, a working one must.
    worker.ref();
    worker.postMessage(job);
  });
  const observe = createFileObserver();
  const found: Array<[number, FileObservation]> = [];
  try {
    drain(observe, root, names, starts, ends, digests, status, next, threads, found);
    const answers = helpers.map(({ details: d }, slot) =>
      Atomics.compareExchange(started, slot, SLOT_OPEN, SLOT_CLOSED) === SLOT_OPEN ? [] : d,
    );
    for (const d of await Promise.all(answers)) found.push(...d);
  } finally {
    // Not awaited, nor waited for at exit: a worker still booting stops on its own time, and
    // holds nothing of ours.
    for (const { worker } of helpers) {
      void worker.terminate();
      worker.unref();
    }
  }
  const details = new Map<number, FileObservation>(found);
  // Names a failed worker had claimed are redone here, and those whose full observation it took down with it.
  for (let i = 0; i < n; i++) {
    const s = Atomics.load(status, i);
    if (s !== 0 && (s !== DETAILED || details.has(i))) continue;
    const r = observe(root, names, starts[i]!, ends[i]!, digests, i * 32);
    if (typeof r !== 'number') details.set(i, r);
    status[i] = typeof r === 'number' ? r : DETAILED;
  }
  // The status codes are the kinds (PLAIN, PLAIN_EXECUTABLE, DETAILED): nothing is made per file.
  return { length: n, kinds: status, digests, details };
}
