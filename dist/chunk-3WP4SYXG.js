import {
  parseSettings,
  settingsSchemaOf
} from "./chunk-ZWSSS5UM.js";
import {
  SETTING_NAMES,
  SettingsError
} from "./chunk-YT3BNT63.js";
import "./chunk-C2M7AN2O.js";
import "./chunk-Q5N7MLC5.js";
export {
  SETTING_NAMES,
  SettingsError,
  parseSettings,
  settingsSchemaOf
};
