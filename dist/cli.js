#!/usr/bin/env node

// driftgate-entry:driftgate-entry:cli
const nodeModule = process.getBuiltinModule("node:module");
const { homedir } = process.getBuiltinModule("node:os");
const { join } = process.getBuiltinModule("node:path");
if (typeof nodeModule.enableCompileCache === "function" && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  const dir = (() => {
    const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), ".cache") : "");
    return base ? join(base, "driftgate", "compile-cache") : void 0;
  })();
  if (dir) nodeModule.enableCompileCache(dir);
}
await import("./chunk-AOMMGFVX.js");
