import { createRequire as __driftgateCreateRequire } from 'node:module';
const require = __driftgateCreateRequire(import.meta.url);
import {
  POLICY_VIEWS,
  run,
  runView
} from "./chunk-DO5PJK6R.js";
import "./chunk-3TVOJM4E.js";
import "./chunk-UMRIURO5.js";
import "./chunk-64DB6KKB.js";
import "./chunk-2QQ7NYYQ.js";
import "./chunk-7ZPONQP3.js";
import "./chunk-FRFLTDE3.js";
import "./chunk-4ZWHVAGB.js";
export {
  POLICY_VIEWS,
  run,
  runView
};
