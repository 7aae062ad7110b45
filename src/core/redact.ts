/** What replaces a secret. */
export const REDACTED = '***';

/**
 * Token shapes that must never be stored or posted (console output of tests is untrusted).
 * GitHub: docs "About authentication" token prefixes; npm: "npm_" granular tokens; AWS: access key
 * ids and secret assignments; HTTP bearer / basic credentials; JSON Web Tokens (the runner's OIDC
 * and runtime tokens are JWTs); PEM private keys; passwords inside URLs.
 */
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g, REDACTED],
  [/\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g, REDACTED],
  [/\bnpm_[A-Za-z0-9]{36}\b/g, REDACTED],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, REDACTED],
  [
    /\b(aws_secret_access_key|AWS_SECRET_ACCESS_KEY)(\s*[=:]\s*)["']?[A-Za-z0-9/+=]{40}["']?/g,
    `$1$2${REDACTED}`,
  ],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, REDACTED],
  [/\b(Bearer|token)(\s+)[A-Za-z0-9\-._~+/]{16,}=*/g, `$1$2${REDACTED}`],
  [/\b(Authorization:\s*Basic\s+)[A-Za-z0-9+/=]{8,}/gi, `$1${REDACTED}`],
  [
    /-----BEGIN ((?:[A-Z]+ )*)PRIVATE KEY-----[\s\S]*?(?:-----END \1PRIVATE KEY-----|$)/g,
    `-----BEGIN $1PRIVATE KEY-----${REDACTED}`,
  ],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]{3,}@/gi, `$1${REDACTED}@`],
];

/** Values a workflow masked (`::add-mask::value` lines) in captured output. */
export function maskedValues(text: string): string[] {
  return [...text.matchAll(/^::add-mask::(.+)$/gm)].map((m) => m[1]!.trim()).filter((v) => v.length >= 4);
}

/** The forms a known secret may be printed in: as is, hex (either case), base64 and base64url. */
function encodingsOf(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  const base64 = btoa(String.fromCharCode(...bytes));
  const unpadded = base64.replace(/=+$/, '');
  return [secret, hex, hex.toUpperCase(), base64, unpadded, unpadded.replace(/\+/g, '-').replace(/\//g, '_')];
}

/** The text with token shapes, masked values and the given secrets (and their encodings) replaced by ***. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  const literal = [...new Set([...secrets, ...maskedValues(text)])]
    .filter((s) => s.length >= 4)
    .flatMap(encodingsOf)
    .filter((s) => s.length >= 4)
    .sort((a, b) => b.length - a.length);
  for (const s of new Set(literal)) out = out.split(s).join(REDACTED);
  for (const [re, to] of PATTERNS) out = out.replace(re, to);
  return out;
}

/**
 * Every string in a JSON-like value redacted (keys included): findings, test ids and summaries
 * carry text from the change, and all of it may be stored or posted.
 */
export function redactDeep<T>(value: T, secrets: readonly string[] = []): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactSecrets(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Uint8Array || v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactSecrets(k, secrets), walk(x)]));
  };
  return walk(value) as T;
}

/**
 * A file's bytes redacted when they are UTF-8 text (report copies in snapshots); binary content
 * is kept as is, since a token shape cannot be recognised in it reliably.
 */
export function redactBytes(bytes: Uint8Array, secrets: readonly string[] = []): Uint8Array {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
  const out = redactSecrets(text, secrets);
  return out === text ? bytes : new TextEncoder().encode(out);
}
