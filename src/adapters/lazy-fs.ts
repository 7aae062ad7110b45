import type * as FsPromises from 'node:fs/promises';

/**
 * node:fs/promises, loaded on first use. A short command (a one-file `verify`) never needs it,
 * and Node 24 loads readline, the REPL history and the file watchers along with it (2–5 ms).
 */
export const fsPromises = (): typeof FsPromises => process.getBuiltinModule('node:fs/promises');
