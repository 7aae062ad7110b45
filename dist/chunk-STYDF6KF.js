
// src/core/hash.ts
const { createHash } = process.getBuiltinModule("node:crypto");
var sha256Hex = (data) => createHash("sha256").update(data).digest("hex");

// src/core/classification.ts
var CLASSIFICATIONS = ["STABLE", "TOOLING_DRIFT", "PRODUCT_DRIFT", "INCIDENT"];
function rankOf(c) {
  return CLASSIFICATIONS.indexOf(c);
}
function maxClassification(a, b) {
  return rankOf(a) >= rankOf(b) ? a : b;
}

export {
  sha256Hex,
  CLASSIFICATIONS,
  rankOf,
  maxClassification
};
