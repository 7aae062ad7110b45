import {
  runView
} from "./chunk-ZXJQ5YMQ.js";
import "./chunk-C5FXNSZY.js";
import "./chunk-57BCHSOT.js";
import "./chunk-OO4PCUWD.js";
import "./chunk-HVE4N3UZ.js";
import "./chunk-PTAWZGJY.js";
import "./chunk-LJQKZDI4.js";
import "./chunk-AFRBU7WO.js";
import "./chunk-HNG6AO7T.js";
import "./chunk-ENKMO2MZ.js";
import "./chunk-U56WEEY4.js";
import "./chunk-YT3BNT63.js";
import "./chunk-LUUZLYWS.js";
import "./chunk-4WEBSF52.js";
import "./chunk-STYDF6KF.js";
import "./chunk-767OMHVB.js";
import "./chunk-C2M7AN2O.js";
import "./chunk-Q5N7MLC5.js";

// src/cli/commands/runbook.ts
var run = (input) => runView("runbook", input);
export {
  run
};
