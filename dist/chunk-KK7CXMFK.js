const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);

// src/core/seal/manifest.ts
const { Buffer } = process.getBuiltinModule("node:buffer");
var DIGEST_HEX_BYTES = 64;
var MIN_DIGEST_LINE_LENGTH = DIGEST_HEX_BYTES + 1 + 1;
var DIGEST_TYPE_STRING = "SHA256";
var NL = 10;
var CR = 13;
var SPACE = 32;
var TAB = 9;
var BACKSLASH = 92;
var STAR = 42;
var HASH = 35;
var NUL = 0;
var isWhite = (c) => c === SPACE || c === TAB;
var isHex = (c) => c !== void 0 && (c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102);
function cLength(s, start, end) {
  let i = start;
  while (i < end && s[i] !== NUL) i++;
  return i - start;
}
function hexDigits(s, start, end) {
  if (cLength(s, start, end) !== DIGEST_HEX_BYTES) return false;
  for (let i = start; i < start + DIGEST_HEX_BYTES; i++) if (!isHex(s[i])) return false;
  return true;
}
function unescapeName(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === NUL) return null;
    if (c !== BACKSLASH) {
      out.push(c);
      continue;
    }
    if (i === s.length - 1) return null;
    const next = s[++i];
    if (next === 110) out.push(NL);
    else if (next === 114) out.push(CR);
    else if (next === BACKSLASH) out.push(BACKSLASH);
    else return null;
  }
  return Uint8Array.from(out);
}
var ascii = (s) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
var TYPE_BYTES = ascii(DIGEST_TYPE_STRING);
function startsWithAt(s, at, prefix) {
  if (at + prefix.length > s.length) return false;
  for (let k = 0; k < prefix.length; k++) if (s[at + k] !== prefix[k]) return false;
  return true;
}
var latin1 = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
var ManifestText = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  decoded = null;
  /** Decoded once, on first use: a parse that nobody reads the names of never pays for it. */
  get text() {
    return this.decoded ??= latin1(this.bytes);
  }
};
var textAt = (state, start, end) => state.source.text.slice(start, end);
var hexOf = (state, start) => textAt(state, start, start + DIGEST_HEX_BYTES).toLowerCase();
function displayOf(state, name) {
  const bytes = state.source.bytes;
  if (name.buffer !== bytes.buffer) return displayName(name);
  for (let i = 0; i < name.length; i++) {
    const b = name[i];
    if (b < 32 || b >= 127 || b === BACKSLASH) return displayName(name);
  }
  const at = name.byteOffset - bytes.byteOffset;
  return textAt(state, at, at + name.length);
}
function nameAt(s, start, end, escaped) {
  if (escaped) return unescapeName(s.subarray(start, end));
  return s.subarray(start, start + cLength(s, start, end));
}
var BAD_ESCAPE = "invalid escape in file name (only \\\\, \\n and \\r are allowed)";
function parseBsdTag(s, start, end, escaped, state) {
  if (end === start) return { reason: 'BSD line ends after "SHA256 ("' };
  let i = end - 1;
  while (i > start && s[i] !== 41) i--;
  if (s[i] !== 41) return { reason: 'BSD line has no closing ")"' };
  const name = nameAt(s, start, i, escaped);
  if (name === null) return { reason: BAD_ESCAPE };
  i++;
  while (i < end && isWhite(s[i])) i++;
  if (i >= end || s[i] !== 61) return { reason: 'BSD line has no "=" after the file name' };
  i++;
  while (i < end && isWhite(s[i])) i++;
  if (!hexDigits(s, i, end)) return { reason: 'expected 64 hexadecimal digits after "="' };
  return { hash: hexOf(state, i), name, binary: false, form: "bsd-tag" };
}
function parseLine(s, start, end, state) {
  const at = (k) => k < end ? s[k] : void 0;
  let i = start;
  let escaped = false;
  while (isWhite(at(i))) i++;
  if (at(i) === BACKSLASH) {
    i++;
    escaped = true;
  }
  if (end - i >= TYPE_BYTES.length && startsWithAt(s, i, TYPE_BYTES)) {
    i += TYPE_BYTES.length;
    if (at(i) === SPACE) i++;
    if (at(i) === 40) return parseBsdTag(s, i + 1, end, escaped, state);
    return { reason: 'expected "(" after "SHA256"' };
  }
  if (end - i < MIN_DIGEST_LINE_LENGTH + (at(i) === BACKSLASH ? 1 : 0)) {
    return { reason: "line too short for a SHA-256 checksum line" };
  }
  const hexStart = i;
  i += DIGEST_HEX_BYTES;
  if (!isWhite(at(i))) return { reason: "expected a blank after 64 hexadecimal digits" };
  i++;
  for (let k = hexStart; k < hexStart + DIGEST_HEX_BYTES; k++) {
    if (!isHex(s[k])) return { reason: "expected 64 hexadecimal digits" };
  }
  let binary = false;
  let form = "gnu";
  if (end - i === 1 || at(i) !== SPACE && at(i) !== STAR) {
    if (state.bsdReversed === 0) return { reason: 'expected two blanks or " *" between checksum and name' };
    state.bsdReversed = 1;
    form = "reversed";
  } else if (state.bsdReversed !== 1) {
    state.bsdReversed = 0;
    binary = s[i++] === STAR;
  } else {
    form = "reversed";
  }
  const name = nameAt(s, i, end, escaped);
  if (name === null) return { reason: BAD_ESCAPE };
  return { hash: hexOf(state, hexStart), name, binary, form };
}
var HEX_CLASS = (() => {
  const t = new Uint8Array(256);
  for (let c = 48; c <= 57; c++) t[c] = 1;
  for (let c = 97; c <= 102; c++) t[c] = 1;
  for (let c = 65; c <= 70; c++) t[c] = 3;
  return t;
})();
var UPPER_HEX = 2;
var BINARY = 4;
var HIGH_BITS = 2155905152 | 0;
var inRange = (x, ge, gt) => x + ge & ~(x + gt) & HIGH_BITS;
function hexDigitsAt(s, words, start) {
  const end = start + DIGEST_HEX_BYTES;
  let found = 1;
  let k = start;
  for (; (k & 3) !== 0; k++) {
    const c = HEX_CLASS[s[k]];
    if (c === 0) return 0;
    found |= c;
  }
  const lastWord = end >> 2;
  for (let w = k >> 2; w < lastWord; w++) {
    const x = words[w];
    if ((x & HIGH_BITS) !== 0) return 0;
    const digit = inRange(x, 1347440720, 1179010630);
    const letter = inRange(x | 538976288, 522133279, 421075225);
    if ((digit | letter) !== HIGH_BITS) return 0;
    if (inRange(x, 1061109567, 960051513) !== 0) found = 3;
  }
  for (k = lastWord << 2; k < end; k++) {
    const c = HEX_CLASS[s[k]];
    if (c === 0) return 0;
    found |= c;
  }
  return found;
}
var needsDisplayName = (b) => b < 32 || b >= 127 || b === BACKSLASH;
var GnuEntry = class {
  constructor(line, source, start, end, flags) {
    this.line = line;
    this.source = source;
    this.start = start;
    this.end = end;
    this.flags = flags;
  }
  get form() {
    return "gnu";
  }
  get binary() {
    return (this.flags & BINARY) !== 0;
  }
  get hash() {
    const hex = this.source.text.slice(this.start, this.start + DIGEST_HEX_BYTES);
    return this.flags & UPPER_HEX ? hex.toLowerCase() : hex;
  }
  /** hash === hex, without making the string of the hash (one string per entry of a verification). */
  hashIs(hex) {
    if (this.flags & UPPER_HEX) return this.hash === hex;
    return hex.length === DIGEST_HEX_BYTES && this.source.text.startsWith(hex, this.start);
  }
  get name() {
    return this.source.bytes.subarray(this.start + DIGEST_HEX_BYTES + 2, this.end);
  }
  get display() {
    const bytes = this.source.bytes;
    const from = this.start + DIGEST_HEX_BYTES + 2;
    for (let k = from; k < this.end; k++) if (needsDisplayName(bytes[k])) return displayName(this.name);
    return this.source.text.slice(from, this.end);
  }
  /** The expected digest is the 32 bytes at digests[at], compared with the hex in place. */
  digestIs(digests, at) {
    const s = this.source.bytes;
    let k = this.start;
    for (let j = at; j < at + 32; j++) {
      const b = digests[j];
      if ((s[k++] | 32) !== LOWER_HEX[b >> 4] || (s[k++] | 32) !== LOWER_HEX[b & 15]) return false;
    }
    return true;
  }
  /** Offset of the name in the manifest. */
  get nameStart() {
    return this.start + DIGEST_HEX_BYTES + 2;
  }
  /** The name's length, without making a view of it. */
  get nameLength() {
    return this.end - this.start - DIGEST_HEX_BYTES - 2;
  }
  get firstNameByte() {
    return this.source.bytes[this.start + DIGEST_HEX_BYTES + 2];
  }
};
function parseGnuLine(s, start, line, state) {
  const nameStart = start + DIGEST_HEX_BYTES + 2;
  if (nameStart >= s.length || state.bsdReversed === 1) return null;
  const hex = hexDigitsAt(s, state.words, start);
  if (hex === 0) return null;
  const blank = s[start + DIGEST_HEX_BYTES];
  const mode = s[start + DIGEST_HEX_BYTES + 1];
  if (blank !== SPACE && blank !== TAB || mode !== SPACE && mode !== STAR) return null;
  let k = nameStart;
  if (state.noNul) while (k < s.length && s[k] !== NL) k++;
  else while (k < s.length && s[k] !== NL && s[k] !== NUL) k++;
  if (k < s.length && s[k] === NUL) return null;
  const end = k > nameStart && s[k - 1] === CR ? k - 1 : k;
  if (end === nameStart) return null;
  state.bsdReversed = 0;
  state.next = k + 1;
  const flags = (hex & 2 ? UPPER_HEX : 0) | (mode === STAR ? BINARY : 0);
  return new GnuEntry(line, state.source, start, end, flags);
}
var MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
function parseManifest(bytes) {
  if (bytes.length > MAX_MANIFEST_BYTES) {
    const reason = `the manifest holds ${bytes.length} bytes, more than the ${MAX_MANIFEST_BYTES} driftgate reads`;
    return { entries: [], errors: [{ line: 0, reason }], lineCount: 0 };
  }
  const entries = [];
  const errors = [];
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const search = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const state = {
    bsdReversed: -1,
    source: new ManifestText(bytes),
    next: 0,
    words: new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2),
    noNul: search.indexOf(NUL) === -1
  };
  let lineNo = 0;
  let pos = 0;
  while (pos < bytes.length) {
    lineNo++;
    const fast = HEX_CLASS[bytes[pos]] ? parseGnuLine(bytes, pos, lineNo, state) : null;
    if (fast !== null) {
      entries.push(fast);
      pos = state.next;
      continue;
    }
    const nl = search.indexOf(NL, pos);
    const lineEnd = nl === -1 ? bytes.length : nl;
    const start = pos;
    pos = lineEnd + 1;
    if (bytes[start] === HASH && start < lineEnd) continue;
    const end = lineEnd > start && bytes[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
    if (end === start) continue;
    const parsed = parseLine(bytes, start, end, state);
    if ("reason" in parsed) errors.push({ line: lineNo, reason: parsed.reason });
    else {
      const { hash, name, binary, form } = parsed;
      entries.push({ line: lineNo, hash, name, display: displayOf(state, name), binary, form });
    }
  }
  return { entries, errors, lineCount: lineNo };
}
function packNames(entries) {
  const starts = new Int32Array(entries.length);
  const ends = new Int32Array(entries.length);
  const source = entries[0] instanceof GnuEntry ? entries[0].source : null;
  let inPlace = source !== null;
  for (let i = 0; i < entries.length && inPlace; i++) {
    const e = entries[i];
    if (!(e instanceof GnuEntry) || e.source !== source) inPlace = false;
    else {
      starts[i] = e.nameStart;
      ends[i] = e.end;
    }
  }
  if (inPlace) return { bytes: source.bytes, starts, ends };
  let total = 0;
  for (let i = 0; i < entries.length; i++) {
    starts[i] = total;
    total += entries[i].name.length;
    ends[i] = total;
  }
  const bytes = new Uint8Array(total);
  entries.forEach((e, i) => bytes.set(e.name, starts[i]));
  return { bytes, starts, ends };
}
function dropNames(names, drop) {
  const keep = names.starts.length - drop.size;
  const starts = new Int32Array(keep);
  const ends = new Int32Array(keep);
  for (let i = 0, k = 0; i < names.starts.length; i++) {
    if (drop.has(i)) continue;
    starts[k] = names.starts[i];
    ends[k++] = names.ends[i];
  }
  return { bytes: names.bytes, starts, ends };
}
function manifestRejection(m) {
  const first = m.errors[0];
  if (first?.line === 0) return first.reason;
  if (first) return `line ${first.line}: improperly formatted SHA256 checksum line (${first.reason})`;
  const stdin = m.entries.find(namesStdin);
  if (stdin)
    return `line ${stdin.line}: the entry "-" names standard input for sha256sum, so it seals no file`;
  if (m.entries.length === 0) return "no properly formatted SHA256 checksum lines found";
  return null;
}
function hashIs(e, hex) {
  return e instanceof GnuEntry ? e.hashIs(hex) : e.hash === hex;
}
var LOWER_HEX = ascii("0123456789abcdef");
function digestIs(e, digests, at) {
  if (e instanceof GnuEntry) return e.digestIs(digests, at);
  for (let j = 0; j < 32; j++) {
    const b = digests[at + j];
    if (e.hash.charCodeAt(2 * j) !== LOWER_HEX[b >> 4] || e.hash.charCodeAt(2 * j + 1) !== LOWER_HEX[b & 15])
      return false;
  }
  return true;
}
function namesStdin(e) {
  if (e instanceof GnuEntry) return e.nameLength === 1 && e.firstNameByte === 45;
  return e.name.length === 1 && e.name[0] === 45;
}
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function displayName(name) {
  let text;
  try {
    text = decoder.decode(name);
  } catch {
    return Array.from(
      name,
      (b) => b >= 128 ? `\\x${b.toString(16).padStart(2, "0")}` : escapeChar(String.fromCharCode(b))
    ).join("");
  }
  return text.replace(new RegExp("[\\\\\\n\\r]|\\p{Cf}", "gu"), escapeChar);
}
var escapeChar = (ch) => ch === "\\" ? "\\\\" : ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : new RegExp("\\p{Cf}", "u").test(ch) ? `\\u{${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}}` : ch;
function formatManifestLine(hash, name) {
  const needsEscape = name.some((b) => b === BACKSLASH || b === NL || b === CR);
  const body = [];
  for (const b of name) {
    if (needsEscape && b === BACKSLASH) body.push(BACKSLASH, BACKSLASH);
    else if (needsEscape && b === NL) body.push(BACKSLASH, 110);
    else if (needsEscape && b === CR) body.push(BACKSLASH, 114);
    else body.push(b);
  }
  const head = ascii(`${needsEscape ? "\\" : ""}${hash.toLowerCase()}  `);
  const out = new Uint8Array(head.length + body.length + 1);
  out.set(head, 0);
  out.set(body, head.length);
  out[out.length - 1] = NL;
  return out;
}
function formatManifest(entries) {
  const lines = entries.map((e) => formatManifestLine(e.hash, e.name));
  const out = new Uint8Array(lines.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of lines) {
    out.set(l, at);
    at += l.length;
  }
  return out;
}

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
  parseManifest,
  packNames,
  dropNames,
  manifestRejection,
  hashIs,
  digestIs,
  displayName,
  formatManifest,
  unsafePathReason,
  normalizeRelative
};
