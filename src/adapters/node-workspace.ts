import { availableParallelism } from 'node:os';
import { lstat, mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { glob } from 'tinyglobby';
import type { FileObservation } from '../core/seal/observation.js';
import type { ManifestSource } from '../core/seal/verify.js';
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
        return { state: 'present', bytes: new Uint8Array(await readFile(real)) };
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
    async writeFile(path: string, data: Uint8Array | string): Promise<string> {
      const abs = locate(path);
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, data);
      return abs;
    },
    async makeFolder(path: string): Promise<void> {
      await mkdir(locate(path), { recursive: true });
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
