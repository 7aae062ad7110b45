/** What replaces a secret. */
export const REDACTED = '***';

/**
 * Token shapes that must never be stored or posted (console output of tests is untrusted).
 * GitHub: docs "About authentication" token prefixes; npm: "npm_" granular tokens; AWS: access key
 * ids and secret assignments; HTTP bearer / basic credentials.
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
  [/\b(Bearer|token)(\s+)[A-Za-z0-9\-._~+/]{16,}=*/g, `$1$2${REDACTED}`],
  [/\b(Authorization:\s*Basic\s+)[A-Za-z0-9+/=]{8,}/gi, `$1${REDACTED}`],
];

/** Values a workflow masked (`::add-mask::value` lines) in captured output. */
export function maskedValues(text: string): string[] {
  return [...text.matchAll(/^::add-mask::(.+)$/gm)].map((m) => m[1]!.trim()).filter((v) => v.length >= 4);
}

/** The text with token shapes, masked values and the given secrets replaced by ***. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  const literal = [...new Set([...secrets, ...maskedValues(text)])]
    .filter((s) => s.length >= 4)
    .sort((a, b) => b.length - a.length);
  for (const s of literal) out = out.split(s).join(REDACTED);
  for (const [re, to] of PATTERNS) out = out.replace(re, to);
  return out;
}
