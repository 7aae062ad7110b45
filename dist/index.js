import { createRequire as __driftgateCreateRequire } from 'node:module';
const require = __driftgateCreateRequire(import.meta.url);

// driftgate-entry:driftgate-entry:index
import * as nodeModule from "node:module";
import { join } from "node:path";
if (typeof nodeModule.enableCompileCache === "function" && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  const dir = process.env.RUNNER_TEMP ? join(process.env.RUNNER_TEMP, "driftgate-compile-cache") : void 0;
  if (dir) nodeModule.enableCompileCache(dir);
}
await import("./chunk-HASWPNIH.js");
