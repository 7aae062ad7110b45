#!/usr/bin/env node
import { createRequire as __driftgateCreateRequire } from 'node:module';
const require = __driftgateCreateRequire(import.meta.url);

// driftgate-entry:driftgate-entry:cli
import * as nodeModule from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
if (typeof nodeModule.enableCompileCache === "function" && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  const dir = (() => {
    const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), ".cache") : "");
    return base ? join(base, "driftgate", "compile-cache") : void 0;
  })();
  if (dir) nodeModule.enableCompileCache(dir);
}
await import("./chunk-Z3MUVUVE.js");
