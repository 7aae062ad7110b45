
// src/core/seal/paths.ts
var SLASH = 47;
var DOT = 46;
function unsafePathReason(name, from = 0, to = name.length) {
  if (to > from && name[from] === SLASH) return "absolute path";
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || name[i] === SLASH) {
      if (i - start === 2 && name[start] === DOT && name[start + 1] === DOT) return '".." segment';
      start = i + 1;
    }
  }
  return null;
}
function normalizeRelative(path) {
  if (!/(^|\/)\.?(\/|$)/.test(path)) return path;
  return path.split("/").filter((seg, i, all) => seg !== "." && !(seg === "" && i > 0 && i < all.length)).join("/");
}

export {
  unsafePathReason,
  normalizeRelative
};
