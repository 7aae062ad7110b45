import { createRequire as __driftgateCreateRequire } from 'node:module';
const require = __driftgateCreateRequire(import.meta.url);
import {
  POLICY_VIEWS,
  run,
  runView
} from "./chunk-UKBGZXKX.js";
import "./chunk-3TVOJM4E.js";
import "./chunk-UDSHN72Y.js";
import "./chunk-BZRY6KJF.js";
import "./chunk-2QQ7NYYQ.js";
import "./chunk-INEDBADH.js";
import "./chunk-FRFLTDE3.js";
import "./chunk-4ZWHVAGB.js";
export {
  POLICY_VIEWS,
  run,
  runView
};
