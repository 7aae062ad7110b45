import {
  redactSecrets
} from "./chunk-ENKMO2MZ.js";
import "./chunk-Q5N7MLC5.js";

// src/adapters/job-log-group.ts
const { randomBytes } = process.getBuiltinModule("node:crypto");
var MAX_TITLE_CHARS = 200;
function createJobLogGroup(title, secrets, print = (t) => void process.stdout.write(t)) {
  const token = randomBytes(16).toString("hex");
  const oneLine = title.replace(/[\r\n]+/g, " ");
  const shown = oneLine.length > MAX_TITLE_CHARS ? `${oneLine.slice(0, MAX_TITLE_CHARS)}\u2026` : oneLine;
  print(`::group::${redactSecrets(shown, secrets)}
::stop-commands::${token}
`);
  let pending = "";
  let ended = false;
  return {
    write(chunk) {
      if (ended) return;
      pending += chunk;
      const cut = pending.lastIndexOf("\n");
      if (cut < 0) {
        if (pending.length < 64 * 1024) return;
        print(`${redactSecrets(pending, secrets)}
`);
        pending = "";
        return;
      }
      print(redactSecrets(pending.slice(0, cut + 1), secrets));
      pending = pending.slice(cut + 1);
    },
    end() {
      if (ended) return;
      ended = true;
      const rest = pending ? `${redactSecrets(pending, secrets)}
` : "";
      print(`${rest}::${token}::
::endgroup::
`);
    }
  };
}
export {
  createJobLogGroup
};
