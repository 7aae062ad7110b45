
// src/core/redact.ts
var REDACTED = "***";
var PATTERNS = [
  [/\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, REDACTED],
  [/\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g, REDACTED],
  [/\bnpm_[A-Za-z0-9]{36}\b/g, REDACTED],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, REDACTED],
  [
    /\b(aws_secret_access_key|AWS_SECRET_ACCESS_KEY)(\s*[=:]\s*)["']?[A-Za-z0-9/+=]{40}["']?/g,
    `$1$2${REDACTED}`
  ],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, REDACTED],
  [/\b(Bearer|token)(\s+)[A-Za-z0-9\-._~+/]{16,}=*/g, `$1$2${REDACTED}`],
  [/\b(Authorization:\s*Basic\s+)[A-Za-z0-9+/=]{8,}/gi, `$1${REDACTED}`],
  [
    /-----BEGIN ((?:[A-Z]+ )*)PRIVATE KEY-----[\s\S]*?(?:-----END \1PRIVATE KEY-----|$)/g,
    `-----BEGIN $1PRIVATE KEY-----${REDACTED}`
  ],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]{3,}@/gi, `$1${REDACTED}@`]
];
function maskedValues(text) {
  return [...text.matchAll(/^::add-mask::(.+)$/gm)].map((m) => m[1].trim()).filter((v) => v.length >= 4);
}
function encodingsOf(secret) {
  const bytes = new TextEncoder().encode(secret);
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  const base64 = btoa(String.fromCharCode(...bytes));
  const unpadded = base64.replace(/=+$/, "");
  return [secret, hex, hex.toUpperCase(), base64, unpadded, unpadded.replace(/\+/g, "-").replace(/\//g, "_")];
}
function redactSecrets(text, secrets = []) {
  let out = text;
  const literal = [.../* @__PURE__ */ new Set([...secrets, ...maskedValues(text)])].filter((s) => s.length >= 4).flatMap(encodingsOf).filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  for (const s of new Set(literal)) out = out.split(s).join(REDACTED);
  for (const [re, to] of PATTERNS) out = out.replace(re, to);
  return out;
}
function redactDeep(value, secrets = []) {
  const walk = (v) => {
    if (typeof v === "string") return redactSecrets(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Uint8Array || v === null || typeof v !== "object") return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactSecrets(k, secrets), walk(x)]));
  };
  return walk(value);
}
function redactBytes(bytes, secrets = []) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
  const out = redactSecrets(text, secrets);
  return out === text ? bytes : new TextEncoder().encode(out);
}

export {
  redactSecrets,
  redactDeep,
  redactBytes
};
