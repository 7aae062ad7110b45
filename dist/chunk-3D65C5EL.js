import {
  KeptEntryError,
  allSegments,
  appendKeptObservations,
  appendToLog,
  logLocationOf,
  readGovernanceLog,
  readSegmentsAt,
  scanLog,
  scanLogLines,
  witnessMarker
} from "./chunk-LUUZLYWS.js";
import "./chunk-4WEBSF52.js";
import "./chunk-STYDF6KF.js";
import "./chunk-767OMHVB.js";
import "./chunk-C2M7AN2O.js";
import "./chunk-Q5N7MLC5.js";
export {
  KeptEntryError,
  allSegments,
  appendKeptObservations,
  appendToLog,
  logLocationOf,
  readGovernanceLog,
  readSegmentsAt,
  scanLog,
  scanLogLines,
  witnessMarker
};
