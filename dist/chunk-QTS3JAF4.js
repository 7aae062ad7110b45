import { createRequire as __driftgateCreateRequire } from 'node:module';
const require = __driftgateCreateRequire(import.meta.url);
import {
  POLICY_VIEWS,
  run,
  runView
} from "./chunk-FMXXUSVY.js";
import "./chunk-3TVOJM4E.js";
import "./chunk-PNRXVEOO.js";
import "./chunk-ON6CE6KL.js";
import "./chunk-2QQ7NYYQ.js";
import "./chunk-M7IZRJVP.js";
import "./chunk-FRFLTDE3.js";
import "./chunk-4ZWHVAGB.js";
export {
  POLICY_VIEWS,
  run,
  runView
};
