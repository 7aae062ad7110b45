import {
  require_picomatch
} from "./chunk-767OMHVB.js";
import "./chunk-Q5N7MLC5.js";
export default require_picomatch();
