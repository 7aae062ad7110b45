import { createRequire as __driftgateCreateRequire } from 'node:module';
const require = __driftgateCreateRequire(import.meta.url);
import {
  POLICY_VIEWS,
  run,
  runView
} from "./chunk-RDE2T4KA.js";
import "./chunk-3TVOJM4E.js";
import "./chunk-FKGIACSS.js";
import "./chunk-KJ5BISFR.js";
import "./chunk-2QQ7NYYQ.js";
import "./chunk-Y2BJFV6U.js";
import "./chunk-FRFLTDE3.js";
import "./chunk-4ZWHVAGB.js";
export {
  POLICY_VIEWS,
  run,
  runView
};
