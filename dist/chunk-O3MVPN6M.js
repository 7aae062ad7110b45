const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  POLICY_VIEWS,
  run,
  runView
} from "./chunk-WO7EER3O.js";
import "./chunk-C5FXNSZY.js";
import "./chunk-VB5UAKB3.js";
import "./chunk-4MT5LO34.js";
import "./chunk-MUVDVKE5.js";
import "./chunk-5LRQRQB2.js";
import "./chunk-G2HHNLET.js";
import "./chunk-MH4PMHCR.js";
import "./chunk-ENKMO2MZ.js";
import "./chunk-U56WEEY4.js";
import "./chunk-YT3BNT63.js";
import "./chunk-FGMJT3NL.js";
import "./chunk-4WEBSF52.js";
import "./chunk-STYDF6KF.js";
import "./chunk-767OMHVB.js";
import "./chunk-C2M7AN2O.js";
import "./chunk-Q5N7MLC5.js";
export {
  POLICY_VIEWS,
  run,
  runView
};
