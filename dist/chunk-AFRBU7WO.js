
// src/core/seal/observation.ts
const { Buffer } = process.getBuiltinModule("node:buffer");
function modeOf(o) {
  if (o.symlink) return "120000";
  return o.executable ? "100755" : "100644";
}
var PLAIN = 1;
var PLAIN_EXECUTABLE = 2;
var DETAILED = 3;
function digestHex(digests, at) {
  return Buffer.from(digests.buffer, digests.byteOffset + at, 32).toString("hex");
}
function observationAt(o, i) {
  const kind = o.kinds[i];
  if (kind === PLAIN || kind === PLAIN_EXECUTABLE) {
    return {
      state: "ok",
      sha256: digestHex(o.digests, i * 32),
      executable: kind === PLAIN_EXECUTABLE,
      symlink: false,
      linkedFolder: null
    };
  }
  const detail = o.details.get(i);
  if (detail === void 0) throw new Error(`internal: no observation of name ${i}`);
  return detail;
}
function observationList(o) {
  return Array.from({ length: o.length }, (_, i) => observationAt(o, i));
}

export {
  modeOf,
  PLAIN,
  PLAIN_EXECUTABLE,
  DETAILED,
  digestHex,
  observationAt,
  observationList
};
