
// driftgate-entry:driftgate-entry:index
const nodeModule = process.getBuiltinModule("node:module");
const { join } = process.getBuiltinModule("node:path");
if (typeof nodeModule.enableCompileCache === "function" && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  const dir = process.env.RUNNER_TEMP ? join(process.env.RUNNER_TEMP, "driftgate-compile-cache") : void 0;
  if (dir) nodeModule.enableCompileCache(dir);
}
await import("./chunk-WBWAQJ3Z.js");
