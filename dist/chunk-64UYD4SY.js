import {
  observeTests,
  secretsOf
} from "./chunk-LJQKZDI4.js";
import "./chunk-AFRBU7WO.js";
import "./chunk-ENKMO2MZ.js";
import "./chunk-4WEBSF52.js";
import "./chunk-STYDF6KF.js";
import "./chunk-C2M7AN2O.js";
import "./chunk-Q5N7MLC5.js";
export {
  observeTests,
  secretsOf
};
