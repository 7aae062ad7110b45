import {
  DETAILED,
  digestHex
} from "./chunk-AFRBU7WO.js";
import {
  fsPromises,
  hardenGitEnvironment
} from "./chunk-HNG6AO7T.js";
import {
  SETTING_NAMES,
  SettingsError,
  parseSettingsOnDemand
} from "./chunk-YT3BNT63.js";
import {
  sha256Hex
} from "./chunk-STYDF6KF.js";

// src/adapters/console-reporter.ts
function createConsoleReporter(options) {
  const outputs = {};
  const say = (line) => {
    if (!options.quiet) process.stderr.write(`${line}
`);
  };
  return {
    outputs,
    info: say,
    progress: (m) => say(`driftgate: ${m}`),
    // Warnings go to stderr even with --json (stdout carries the JSON): a lost log entry must be seen.
    warning: (m) => process.stderr.write(`warning: ${m}
`),
    annotate: ({ level, message, file, line }) => say(`${level}: ${file ? `${file}${line ? `:${line}` : ""}: ` : ""}${message}`),
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    writeSummary: async () => {
    }
  };
}

// src/adapters/node-workspace.ts
const { closeSync, constants, fstatSync, openSync, realpathSync } = process.getBuiltinModule("node:fs");
const { availableParallelism } = process.getBuiltinModule("node:os");
const { isAbsolute, relative, resolve, sep } = process.getBuiltinModule("node:path");

// src/core/seal/manifest.ts
const { Buffer: Buffer2 } = process.getBuiltinModule("node:buffer");
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
var latin1 = (bytes) => Buffer2.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
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
  line;
  source;
  start;
  end;
  flags;
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
    return displayAt(this.source, this.start + DIGEST_HEX_BYTES + 2, this.end);
  }
  /** The expected digest is the 32 bytes at digests[at], compared with the hex in place. */
  digestIs(digests, at) {
    return hexIsDigest(this.source.bytes, this.start, digests, at);
  }
};
function displayAt(source, from, to) {
  const bytes = source.bytes;
  for (let k = from; k < to; k++)
    if (needsDisplayName(bytes[k])) return displayName(bytes.subarray(from, to));
  return source.text.slice(from, to);
}
function hexIsDigest(s, start, digests, at) {
  let k = start;
  for (let j = at; j < at + 32; j++) {
    const b = digests[j];
    if ((s[k++] | 32) !== LOWER_HEX[b >> 4] || (s[k++] | 32) !== LOWER_HEX[b & 15]) return false;
  }
  return true;
}
function parseGnuLine(s, start, line, state, table) {
  const nameStart = start + DIGEST_HEX_BYTES + 2;
  if (nameStart >= s.length || state.bsdReversed === 1) return false;
  const hex = hexDigitsAt(s, state.words, start);
  if (hex === 0) return false;
  const blank = s[start + DIGEST_HEX_BYTES];
  const mode = s[start + DIGEST_HEX_BYTES + 1];
  if (blank !== SPACE && blank !== TAB || mode !== SPACE && mode !== STAR) return false;
  let k = nameStart;
  if (state.noNul) while (k < s.length && s[k] !== NL) k++;
  else while (k < s.length && s[k] !== NL && s[k] !== NUL) k++;
  if (k < s.length && s[k] === NUL) return false;
  const end = k > nameStart && s[k - 1] === CR ? k - 1 : k;
  if (end === nameStart) return false;
  state.bsdReversed = 0;
  state.next = k + 1;
  table.addGnu(line, start, end, (hex & 2 ? UPPER_HEX : 0) | (mode === STAR ? BINARY : 0));
  return true;
}
var EntryTable = class _EntryTable {
  constructor(source, capacity) {
    this.source = source;
    this.lines = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.others = /* @__PURE__ */ new Map();
    this.count = 0;
  }
  get length() {
    return this.count;
  }
  addGnu(line, start, end, flags) {
    if (this.count === this.lines.length) this.grow();
    const i = this.count++;
    this.lines[i] = line;
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] = flags;
  }
  addOther(entry) {
    if (this.count === this.lines.length) this.grow();
    const i = this.count++;
    this.lines[i] = entry.line;
    this.starts[i] = -1;
    this.others.set(i, entry);
  }
  /** Twice the room (a typed array drops what is written past its end: no entry may be lost). */
  grow() {
    const size = Math.max(16, this.lines.length * 2);
    const more = (from, to) => {
      to.set(from);
      return to;
    };
    this.lines = more(this.lines, new Int32Array(size));
    this.starts = more(this.starts, new Int32Array(size));
    this.ends = more(this.ends, new Int32Array(size));
    this.flags = more(this.flags, new Uint8Array(size));
  }
  /** Entry i as an object (a new one each time for the common form). */
  entry(i) {
    const start = this.starts[i];
    if (start < 0) return this.others.get(i);
    return new GnuEntry(this.lines[i], this.source, start, this.ends[i], this.flags[i]);
  }
  line(i) {
    return this.lines[i];
  }
  /** Entry i's name for people (see ManifestEntry.display). */
  display(i) {
    const start = this.starts[i];
    if (start < 0) return this.others.get(i).display;
    return displayAt(this.source, start + DIGEST_HEX_BYTES + 2, this.ends[i]);
  }
  /** Entry i's name, as a view. */
  name(i) {
    const start = this.starts[i];
    if (start < 0) return this.others.get(i).name;
    return this.source.bytes.subarray(start + DIGEST_HEX_BYTES + 2, this.ends[i]);
  }
  /** Entry i expects the 32 digest bytes at digests[at] (compared with its hex in place). */
  digestIs(i, digests, at) {
    const start = this.starts[i];
    if (start < 0) return digestIs(this.others.get(i), digests, at);
    return hexIsDigest(this.source.bytes, start, digests, at);
  }
  /** Entry i names "-", standard input for sha256sum. */
  namesStdin(i) {
    const start = this.starts[i];
    if (start < 0) {
      const name = this.others.get(i).name;
      return name.length === 1 && name[0] === 45;
    }
    const from = start + DIGEST_HEX_BYTES + 2;
    return this.ends[i] === from + 1 && this.source.bytes[from] === 45;
  }
  /**
   * The names in one buffer, the shape in which the workspace hands them to its hashing threads:
   * where they are, in the manifest's own bytes, when every entry has the common form; else copied
   * end to end. A view per name (50,000 of them) would cost more than either.
   */
  packNames() {
    const n = this.count;
    if (this.others.size === 0) {
      const starts = new Int32Array(n);
      for (let i = 0; i < n; i++) starts[i] = this.starts[i] + DIGEST_HEX_BYTES + 2;
      return { bytes: this.source.bytes, starts, ends: this.ends.slice(0, n) };
    }
    return packList(Array.from({ length: n }, (_, i) => this.name(i)));
  }
  /** The table without the entries whose indexes are in `drop`. */
  without(drop) {
    const kept = new _EntryTable(this.source, this.count - drop.size);
    for (let i = 0; i < this.count; i++) {
      if (drop.has(i)) continue;
      const start = this.starts[i];
      if (start < 0) kept.addOther(this.others.get(i));
      else kept.addGnu(this.lines[i], start, this.ends[i], this.flags[i]);
    }
    return kept;
  }
};
var MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
function parseManifest(bytes) {
  if (bytes.length > MAX_MANIFEST_BYTES) {
    const reason = `the manifest holds ${bytes.length} bytes, more than the ${MAX_MANIFEST_BYTES} driftgate reads`;
    return new ParsedManifest(new EntryTable(new ManifestText(bytes), 0), [{ line: 0, reason }], 0);
  }
  const errors = [];
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const search = Buffer2.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const state = {
    bsdReversed: -1,
    source: new ManifestText(bytes),
    next: 0,
    words: new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2),
    noNul: search.indexOf(NUL) === -1
  };
  const table = new EntryTable(state.source, Math.floor(bytes.length / 80) + 1);
  let lineNo = 0;
  let pos = 0;
  while (pos < bytes.length) {
    lineNo++;
    if (HEX_CLASS[bytes[pos]] && parseGnuLine(bytes, pos, lineNo, state, table)) {
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
      table.addOther({ line: lineNo, hash, name, display: displayOf(state, name), binary, form });
    }
  }
  return new ParsedManifest(table, errors, lineNo);
}
var ParsedManifest = class {
  constructor(table, errors, lineCount) {
    this.table = table;
    this.errors = errors;
    this.lineCount = lineCount;
  }
  table;
  errors;
  lineCount;
  made = null;
  get entries() {
    return this.made ??= Array.from({ length: this.table.length }, (_, i) => this.table.entry(i));
  }
};
function packList(list) {
  const starts = new Int32Array(list.length);
  const ends = new Int32Array(list.length);
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    starts[i] = total;
    total += list[i].length;
    ends[i] = total;
  }
  const bytes = new Uint8Array(total);
  list.forEach((b, i) => bytes.set(b, starts[i]));
  return { bytes, starts, ends };
}
function manifestRejection(m) {
  const first = m.errors[0];
  if (first?.line === 0) return first.reason;
  if (first) return `line ${first.line}: improperly formatted SHA256 checksum line (${first.reason})`;
  for (let i = 0; i < m.table.length; i++)
    if (m.table.namesStdin(i))
      return `line ${m.table.line(i)}: the entry "-" names standard input for sha256sum, so it seals no file`;
  if (m.table.length === 0) return "no properly formatted SHA256 checksum lines found";
  return null;
}
function hashIs(e, hex) {
  return e instanceof GnuEntry ? e.hashIs(hex) : e.hash === hex;
}
var LOWER_HEX = ascii("0123456789abcdef");
function digestIs(e, digests, at) {
  return e instanceof GnuEntry ? e.digestIs(digests, at) : hashIs(e, digestHex(digests, at));
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

// src/adapters/file-observer.ts
function createFileObserver() {
  const fs = process.getBuiltinModule("node:fs");
  const crypto = process.getBuiltinModule("node:crypto");
  const chunk = Buffer.allocUnsafe(1 << 20);
  const SLASH = Buffer.from("/");
  const FLAGS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
  let lastRoot = null;
  let pathBuf = Buffer.allocUnsafe(4096);
  const pathViews = /* @__PURE__ */ new Map();
  const chunkViews = /* @__PURE__ */ new Map();
  const viewOf = (views, of, n) => {
    let v = views.get(n);
    if (v === void 0) {
      if (views.size > 4096) views.clear();
      v = of.subarray(0, n);
      views.set(n, v);
    }
    return v;
  };
  const byHash = /* @__PURE__ */ new Map();
  let rootBuf = Buffer.alloc(0);
  let rootFolder = { real: rootBuf, prefix: SLASH, linked: null, inside: true };
  const errorCode = (e) => {
    const c = e.code;
    return typeof c === "string" ? c : String(e);
  };
  const absent = (c) => c === "ENOENT" || c === "ENOTDIR";
  const inside = (real) => real.equals(rootBuf) || real.length > rootBuf.length && real[rootBuf.length] === 47 && rootBuf.equals(real.subarray(0, rootBuf.length));
  const firstLink = (segments) => {
    for (let i = 1; i <= segments.length; i++) {
      const rel = segments.slice(0, i).join("/");
      try {
        if (fs.lstatSync(Buffer.concat([rootBuf, SLASH, Buffer.from(rel, "latin1")])).isSymbolicLink())
          return Buffer.from(rel, "latin1").toString("utf8");
      } catch {
        break;
      }
    }
    return Buffer.from(segments.join("/"), "latin1").toString("utf8");
  };
  const realFolder = (key) => resolveFolder(key.split("/").filter((seg) => seg !== "" && seg !== "."));
  const bySegments = /* @__PURE__ */ new Map();
  const resolveFolder = (segments) => {
    if (segments.length === 0) return rootFolder;
    let length = 0;
    for (const s of segments) length += s.length + 1;
    if (length > 4096) return viaRealpath(segments);
    const keys = [];
    for (let d = 1; d <= segments.length; d++)
      keys.push(d === 1 ? segments[0] : `${keys[d - 2]}/${segments[d - 1]}`);
    let depth = segments.length;
    let folder;
    while (depth > 0 && (folder = bySegments.get(keys[depth - 1])) === void 0) depth--;
    if (depth === 0) folder = rootFolder;
    for (; depth < segments.length; depth++) {
      folder = childFolder(folder, segments, depth);
      bySegments.set(keys[depth], folder);
    }
    return folder;
  };
  const childFolder = (parent, segments, depth) => {
    if (typeof parent === "string") return parent;
    const last = segments[depth];
    if (parent.linked !== null || !parent.inside || last === "..")
      return viaRealpath(segments.slice(0, depth + 1));
    const path = Buffer.concat([parent.prefix, Buffer.from(last, "latin1")]);
    try {
      const st = fs.lstatSync(path, { throwIfNoEntry: false });
      if (st === void 0) return "ENOENT";
      if (st.isDirectory())
        return { real: path, prefix: Buffer.concat([path, SLASH]), linked: null, inside: true };
      if (st.isSymbolicLink()) return viaRealpath(segments.slice(0, depth + 1));
      return "ENOTDIR";
    } catch (e) {
      return errorCode(e);
    }
  };
  const viaRealpath = (segments) => {
    const lexical = Buffer.concat([rootBuf, SLASH, Buffer.from(segments.join("/"), "latin1")]);
    try {
      const real = fs.realpathSync.native(lexical, { encoding: "buffer" });
      return {
        real,
        prefix: Buffer.concat([real, SLASH]),
        linked: real.equals(lexical) ? null : firstLink(segments),
        inside: inside(real)
      };
    } catch (e) {
      return errorCode(e);
    }
  };
  const folderOf = (names, start, cut) => {
    let h = 2166136261;
    for (let k = start; k < cut; k++) h = Math.imul(h ^ names[k], 16777619);
    let bucket = byHash.get(h);
    if (bucket !== void 0) {
      for (const f of bucket) {
        if (f.bytes.length !== cut - start) continue;
        let same = true;
        for (let k = start; k < cut && same; k++) same = f.bytes[k - start] === names[k];
        if (same) return f.folder;
      }
    } else {
      bucket = [];
      byHash.set(h, bucket);
    }
    const bytes = names.slice(start, cut);
    const folder = realFolder(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1"));
    bucket.push({ bytes, folder });
    return folder;
  };
  const store = (raw, digest, at) => {
    for (let k = 0; k < 32; k++) digest[at + k] = raw.charCodeAt(k);
  };
  const hashInto = (fd, size, digest, at) => {
    const first = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (first < chunk.length && first >= size) {
      store(crypto.hash("sha256", viewOf(chunkViews, chunk, first), "binary"), digest, at);
      return;
    }
    const hash = crypto.createHash("sha256").update(chunk.subarray(0, first));
    for (; ; ) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
    }
    store(hash.digest("binary"), digest, at);
  };
  const hex = (digest, at) => Buffer.from(digest.buffer, digest.byteOffset + at, 32).toString("hex");
  return (root, names, start, end, digest, at) => {
    if (root !== lastRoot) {
      lastRoot = root;
      rootBuf = Buffer.from(root);
      rootFolder = { real: rootBuf, prefix: Buffer.concat([rootBuf, SLASH]), linked: null, inside: true };
      byHash.clear();
      bySegments.clear();
    }
    if (end === start) return { state: "missing" };
    let cut = end - 1;
    while (cut >= start && names[cut] !== 47) cut--;
    const folder = cut < start ? rootFolder : folderOf(names, start, cut);
    if (typeof folder === "string")
      return absent(folder) ? { state: "missing" } : { state: "unreadable", error: folder };
    if (!folder.inside)
      return { state: "escapes", detail: `its folder resolves to ${folder.real.toString("utf8")}` };
    const length = folder.prefix.length + end - cut - 1;
    if (length > pathBuf.length) {
      pathBuf = Buffer.allocUnsafe(length * 2);
      pathViews.clear();
    }
    const prefix = folder.prefix;
    for (let k = 0; k < prefix.length; k++) pathBuf[k] = prefix[k];
    for (let k = cut + 1, o = prefix.length; k < end; k++, o++) pathBuf[o] = names[k];
    let path = viewOf(pathViews, pathBuf, length);
    let symlink = false;
    let fd;
    try {
      fd = fs.openSync(path, FLAGS);
    } catch (e) {
      const c = errorCode(e);
      if (absent(c)) return { state: "missing" };
      if (c !== "ELOOP") return { state: "unreadable", error: c };
      symlink = true;
      try {
        path = fs.realpathSync.native(path, { encoding: "buffer" });
      } catch (e2) {
        const c2 = errorCode(e2);
        return absent(c2) ? { state: "missing" } : { state: "unreadable", error: c2 };
      }
      if (!inside(path)) return { state: "escapes", detail: `links to ${path.toString("utf8")}` };
      try {
        fd = fs.openSync(path, FLAGS);
      } catch (e3) {
        return { state: "unreadable", error: errorCode(e3) };
      }
    }
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile())
        return { state: "unreadable", error: st.isDirectory() ? "EISDIR" : "not a regular file" };
      hashInto(fd, st.size, digest, at);
      const executable = (st.mode & 73) !== 0;
      if (!symlink && folder.linked === null) return executable ? 2 : 1;
      return { state: "ok", sha256: hex(digest, at), executable, symlink, linkedFolder: folder.linked };
    } catch (e) {
      return { state: "unreadable", error: errorCode(e) };
    } finally {
      fs.closeSync(fd);
    }
  };
}

// src/adapters/read-to-end.ts
const { readSync } = process.getBuiltinModule("node:fs");
function readToEnd(fd, room, limit = Number.MAX_SAFE_INTEGER) {
  let bytes = new Uint8Array(Math.min(room, limit + 1));
  let length = 0;
  for (; ; ) {
    if (length === bytes.length) {
      if (length > limit) break;
      const more = new Uint8Array(Math.min(Math.max(1 << 20, length * 2), limit + 1));
      more.set(bytes);
      bytes = more;
    }
    const n = readSync(fd, bytes, length, bytes.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return bytes.subarray(0, length);
}

// src/adapters/node-workspace.ts
var IN_PROCESS_MAX_FILES = 256;
async function createNodeWorkspace(root) {
  const realRoot = realpathSync.native(resolve(root));
  const rootBytes = new Uint8Array(Buffer.from(realRoot));
  const locate = (path) => {
    const abs = resolve(realRoot, path);
    const rel = relative(realRoot, abs);
    if (isAbsolute(path) || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new Error(`${path}: refusing a path outside the workspace ${realRoot}`);
    }
    return abs;
  };
  let ready = null;
  return {
    root: realRoot,
    async readFile(path) {
      const abs = locate(path);
      try {
        const real = realpathSync.native(abs);
        if (real !== realRoot && !real.startsWith(realRoot + sep)) {
          return { state: "unreadable", error: `${path} resolves outside the workspace` };
        }
        return readRegularFile(real, path);
      } catch (e) {
        const code = e.code;
        if (code === "ENOENT" || code === "ENOTDIR") return { state: "absent" };
        return { state: "unreadable", error: code ?? String(e) };
      }
    },
    async readChunks(path, onChunk) {
      const abs = locate(path);
      try {
        const real = await fsPromises().realpath(abs);
        if (real !== realRoot && !real.startsWith(realRoot + sep)) {
          return { state: "unreadable", error: `${path} resolves outside the workspace` };
        }
        return await streamRegularFile(real, path, onChunk);
      } catch (e) {
        const code = e.code;
        if (code === "ENOENT" || code === "ENOTDIR") return { state: "absent" };
        return { state: "unreadable", error: code ?? String(e) };
      }
    },
    prepareObserve(count) {
      if (count > IN_PROCESS_MAX_FILES && ready === null) ready = startHelpers();
    },
    async observe(names) {
      const helpers = ready;
      ready = null;
      return observeAll(rootBytes, Array.isArray(names) ? packList(names) : names, helpers);
    },
    async glob(patterns) {
      if (patterns.length === 0) return [];
      const { glob } = await import("./chunk-5XE55NOE.js");
      const found = await glob([...patterns], {
        cwd: realRoot,
        dot: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        expandDirectories: false,
        ignore: [".git/**"]
      });
      return found.sort();
    },
    async sealedLinks(patterns) {
      return findSealedLinks(realRoot, patterns);
    },
    async writeRefusal(path) {
      const abs = locate(path);
      return findLinkOnTheWay(realRoot, relative(realRoot, abs).split(sep), path, {
        create: false,
        file: false
      });
    },
    async writeFile(path, data) {
      const abs = locate(path);
      await assertNoLinkOnTheWay(realRoot, relative(realRoot, abs).split(sep), path);
      const handle = await fsPromises().open(
        abs,
        constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK,
        420
      ).catch((e) => {
        throw new Error(
          `${path}: refusing to write (${e.code === "ELOOP" ? "it is a symbolic link" : e.code ?? e.message})`
        );
      });
      try {
        if (!(await handle.stat()).isFile())
          throw new Error(`${path}: refusing to write (not a regular file)`);
        await handle.truncate(0);
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
      return abs;
    },
    async makeFolder(path) {
      await fsPromises().mkdir(locate(path), { recursive: true });
    },
    async modifiedAt(path) {
      try {
        return (await fsPromises().lstat(locate(path))).mtimeMs;
      } catch (e) {
        if (e.code === "ENOENT") return null;
        throw e;
      }
    },
    async exists(path) {
      try {
        await fsPromises().lstat(locate(path));
        return true;
      } catch (e) {
        if (e.code === "ENOENT") return false;
        throw e;
      }
    }
  };
}
var CHUNK_BYTES = 1 << 20;
function readRegularFile(real, path) {
  const fd = openSync(real, READ_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { state: "unreadable", error: notRegular(path, st) };
    return { state: "present", bytes: readToEnd(fd, st.size + 1) };
  } finally {
    closeSync(fd);
  }
}
var READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;
var notRegular = (path, st) => `${path} is not a regular file (${st.isDirectory() ? "a folder" : st.isFIFO() ? "a FIFO" : "a device or socket"})`;
async function streamRegularFile(real, path, onChunk) {
  return withRegularFile(real, path, async (handle) => {
    const buffer = new Uint8Array(CHUNK_BYTES);
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return { state: "present" };
      onChunk(buffer.subarray(0, bytesRead));
    }
  });
}
async function withRegularFile(real, path, use) {
  const handle = await fsPromises().open(real, READ_FLAGS);
  try {
    const st = await handle.stat();
    if (!st.isFile()) return { state: "unreadable", error: notRegular(path, st) };
    return await use(handle);
  } finally {
    await handle.close();
  }
}
async function assertNoLinkOnTheWay(root, segments, path) {
  const refusal = await findLinkOnTheWay(root, segments, path, { create: true, file: true });
  if (refusal) throw new Error(refusal);
}
async function findLinkOnTheWay(root, segments, path, opts) {
  let at = root;
  for (const [i, seg] of segments.entries()) {
    const last = opts.file && i === segments.length - 1;
    at = `${at}${sep}${seg}`;
    let st;
    try {
      st = await fsPromises().lstat(at);
    } catch (e) {
      if (e.code !== "ENOENT") throw e;
      if (last || !opts.create) return null;
      await fsPromises().mkdir(at);
      continue;
    }
    const rel = segments.slice(0, i + 1).join("/");
    if (st.isSymbolicLink())
      return `${path}: refusing to write through the symbolic link ${rel} (the gate writes only inside the workspace, never through a link)`;
    if (!last && !st.isDirectory()) return `${path}: refusing to write, ${rel} is not a folder`;
  }
  return null;
}
async function linkTarget(root, abs) {
  let real;
  try {
    real = await fsPromises().realpath(abs);
  } catch {
    return "dangling";
  }
  if (real !== root && !real.startsWith(root + sep)) return "outside";
  const st = await fsPromises().stat(real);
  return st.isDirectory() ? "folder" : st.isFile() ? "file" : "other";
}
async function findSealedLinks(root, patterns) {
  const positive = patterns.filter((p) => !p.startsWith("!"));
  if (positive.length === 0) return [];
  const { default: picomatch } = await import("./chunk-Y3SJKTQK.js");
  const isMatch = picomatch([...positive], { dot: true });
  const bases = [...new Set(positive.map((p) => picomatch.scan(p).base.replace(/\/+$/, "")))].sort();
  const roots = bases.filter((b, i) => !bases.slice(0, i).some((o) => o === "" || b.startsWith(`${o}/`)));
  const found = /* @__PURE__ */ new Map();
  const consider = async (rel, abs) => {
    const target = await linkTarget(root, abs);
    if (target !== "file" || isMatch(rel)) found.set(rel, { path: rel, target });
  };
  const walk = async (rel) => {
    const abs = rel === "" ? root : `${root}${sep}${rel}`;
    let entries;
    try {
      entries = await fsPromises().readdir(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of entries) {
      const child = rel === "" ? d.name : `${rel}/${d.name}`;
      if (rel === "" && d.name === ".git") continue;
      if (d.isSymbolicLink()) await consider(child, `${abs}${sep}${d.name}`);
      else if (d.isDirectory()) await walk(child);
    }
  };
  for (const base of roots) {
    const segments = base === "" ? [] : base.split("/").filter((s) => s !== "" && s !== ".");
    let reached = true;
    for (let i = 1; i <= segments.length && reached; i++) {
      const rel = segments.slice(0, i).join("/");
      const abs = `${root}${sep}${rel}`;
      try {
        const st = await fsPromises().lstat(abs);
        if (st.isSymbolicLink()) {
          found.set(rel, { path: rel, target: await linkTarget(root, abs) });
          reached = false;
        } else if (!st.isDirectory()) reached = false;
      } catch {
        reached = false;
      }
    }
    if (reached) await walk(segments.join("/"));
  }
  return [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function drain(observe, root, names, starts, ends, digests, status, next, threads, details) {
  const n = starts.length;
  for (; ; ) {
    const remaining = n - Atomics.load(next, 0);
    const size = Math.max(1, Math.min(64, remaining / (threads * 4) | 0));
    const start = Atomics.add(next, 0, size);
    if (start >= n) return;
    const end = Math.min(n, start + size);
    for (let i = start; i < end; i++) {
      const r = observe(root, names, starts[i], ends[i], digests, i * 32);
      if (typeof r !== "number") details.push([i, r]);
      Atomics.store(status, i, typeof r === "number" ? r : 3);
    }
  }
}
var SLOT_OPEN = 0;
var SLOT_WORKING = 1;
var SLOT_CLOSED = 2;
var WORKER_SOURCE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const observe = (${createFileObserver.toString()})();
const drain = ${drain.toString()};
parentPort.once('message', (job) => {
  if (Atomics.compareExchange(new Int32Array(job.started), job.slot, ${SLOT_OPEN}, ${SLOT_WORKING}) !== ${SLOT_OPEN}) return;
  const details = [];
  drain(observe, job.root, new Uint8Array(job.names), new Int32Array(job.starts), new Int32Array(job.ends),
    new Uint8Array(job.digests),
    new Int32Array(job.status), new Int32Array(job.next), job.threads, details);
  parentPort.postMessage(details);
});
`;
function startHelpers() {
  const helpers = [];
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  for (let i = 1; i < availableParallelism(); i++) {
    let worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true });
    } catch {
      break;
    }
    worker.unref();
    const details = new Promise((resolveWorker) => {
      worker.once("message", resolveWorker);
      worker.once("error", () => resolveWorker([]));
      worker.once("exit", () => resolveWorker([]));
    });
    helpers.push({ worker, details });
  }
  return helpers;
}
function shared(from, make) {
  const to = make(new SharedArrayBuffer(Math.max(4, from.byteLength)));
  to.set(from);
  return to;
}
async function observeAll(root, list, ready) {
  const n = list.starts.length;
  const names = shared(list.bytes, (b) => new Uint8Array(b));
  const starts = shared(list.starts, (b) => new Int32Array(b));
  const ends = shared(list.ends, (b) => new Int32Array(b));
  const digests = new Uint8Array(new SharedArrayBuffer(Math.max(1, 32 * n)));
  const status = new Int32Array(new SharedArrayBuffer(Math.max(4, 4 * n)));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const helpers = ready ?? (n > IN_PROCESS_MAX_FILES ? startHelpers() : []);
  const started = new Int32Array(new SharedArrayBuffer(Math.max(4, 4 * helpers.length)));
  const threads = helpers.length + 1;
  helpers.forEach(({ worker }, slot) => {
    const job = {
      root,
      names: names.buffer,
      starts: starts.buffer,
      ends: ends.buffer,
      digests: digests.buffer,
      status: status.buffer,
      next: next.buffer,
      started: started.buffer,
      threads,
      slot
    };
    worker.ref();
    worker.postMessage(job);
  });
  const observe = createFileObserver();
  const found = [];
  try {
    drain(observe, root, names, starts, ends, digests, status, next, threads, found);
    const answers = helpers.map(
      ({ details: d }, slot) => Atomics.compareExchange(started, slot, SLOT_OPEN, SLOT_CLOSED) === SLOT_OPEN ? [] : d
    );
    for (const d of await Promise.all(answers)) found.push(...d);
  } finally {
    for (const { worker } of helpers) {
      void worker.terminate();
      worker.unref();
    }
  }
  const details = new Map(found);
  for (let i = 0; i < n; i++) {
    const s = Atomics.load(status, i);
    if (s !== 0 && (s !== DETAILED || details.has(i))) continue;
    const r = observe(root, names, starts[i], ends[i], digests, i * 32);
    if (typeof r !== "number") details.set(i, r);
    status[i] = typeof r === "number" ? r : DETAILED;
  }
  return { length: n, kinds: status, digests, details };
}

// src/adapters/system-clock.ts
var createSystemClock = () => ({ now: () => /* @__PURE__ */ new Date() });

// src/adapters/templates.ts
var WORKSPACE_TEMPLATE = "governance/INCIDENT_TEMPLATE.md";
var MAX_TEMPLATE_BYTES = 32 * 1024;
var SHIPPED = ["../templates/INCIDENT_TEMPLATE.md", "../../templates/INCIDENT_TEMPLATE.md"];
async function readShippedTemplate() {
  for (const rel of SHIPPED) {
    try {
      return await fsPromises().readFile(new URL(rel, import.meta.url), "utf8");
    } catch (e) {
      if (e.code !== "ENOENT") throw e;
    }
  }
  throw new Error("templates/INCIDENT_TEMPLATE.md is missing from the driftgate installation");
}
async function readIncidentTemplate(trusted) {
  const own = await trusted.readFile(WORKSPACE_TEMPLATE);
  if (own.state === "absent") return { template: await readShippedTemplate(), findings: [] };
  let reason = own.state === "refused" ? own.reason : null;
  let text = "";
  if (own.state === "present") {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(own.bytes);
      if (own.bytes.length > MAX_TEMPLATE_BYTES)
        reason = `${own.bytes.length} bytes, over the ${MAX_TEMPLATE_BYTES}-byte limit`;
      else if (text.includes("\0")) reason = "it holds NUL characters";
    } catch {
      reason = "expected UTF-8 text";
    }
  }
  if (reason === null) return { template: text, findings: [] };
  const at = trusted.ref ? ` at ${trusted.ref.slice(0, 12)}` : "";
  return {
    template: await readShippedTemplate(),
    findings: [
      {
        code: "TEMPLATE_REFUSED",
        stage: "config",
        classification: "TOOLING_DRIFT",
        message: `the incident template ${WORKSPACE_TEMPLATE}${at} was not used (${reason}); driftgate's own template stands in`,
        evidence: { paths: [WORKSPACE_TEMPLATE], detail: reason }
      }
    ]
  };
}

// src/adapters/trusted-side.ts
const { closeSync: closeSync2, constants: constants2, fstatSync: fstatSync2, lstatSync, openSync: openSync2 } = process.getBuiltinModule("node:fs");
const { join } = process.getBuiltinModule("node:path");
const { promisify } = process.getBuiltinModule("node:util");

// src/settings/event.ts
var NULL_SHA = /^0+$/;
function defaultBaselineRef(eventName, payload) {
  if (eventName.startsWith("pull_request")) return payload.pull_request?.base?.sha ?? "";
  if (eventName === "push") return payload.before && !NULL_SHA.test(payload.before) ? payload.before : "";
  if (eventName === "merge_group") return payload.merge_group?.base_sha ?? "";
  return "";
}

// src/adapters/trusted-side.ts
var execFileAsync;
var run = ((...args) => (execFileAsync ??= promisify(process.getBuiltinModule("node:child_process").execFile))(
  ...args
));
var MAX_SIDE_FILE_BYTES = 256 * 1024;
var refusedPath = (path) => path === "" || path.startsWith("/") || path.split(/[\\/]/).includes("..") ? "a path outside the workspace" : null;
async function readRegularFile2(root, path) {
  const bad = refusedPath(path);
  if (bad) return { state: "refused", reason: bad };
  const parts = path.split("/").filter((p) => p !== "" && p !== ".");
  let at = root;
  for (const [i, part] of parts.entries()) {
    at = join(at, part);
    let info;
    try {
      info = lstatSync(at);
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "ENOTDIR") return { state: "absent" };
      return { state: "refused", reason: `cannot be read (${code ?? String(e)})` };
    }
    if (info.isSymbolicLink())
      return { state: "refused", reason: `${parts.slice(0, i + 1).join("/")} is a symbolic link` };
    if (i < parts.length - 1 && !info.isDirectory()) return { state: "absent" };
    if (i === parts.length - 1 && !info.isFile()) return { state: "refused", reason: "not a regular file" };
  }
  let fd;
  try {
    fd = openSync2(at, constants2.O_RDONLY | constants2.O_NOFOLLOW | constants2.O_NONBLOCK);
  } catch (e) {
    return {
      state: "refused",
      reason: `cannot be opened (${e.code ?? String(e)})`
    };
  }
  try {
    const info = fstatSync2(fd);
    if (!info.isFile()) return { state: "refused", reason: "not a regular file" };
    if (info.size > MAX_SIDE_FILE_BYTES)
      return { state: "refused", reason: `${info.size} bytes, over the ${MAX_SIDE_FILE_BYTES}-byte limit` };
    const bytes = readToEnd(fd, info.size + 1, MAX_SIDE_FILE_BYTES);
    if (bytes.length > MAX_SIDE_FILE_BYTES)
      return { state: "refused", reason: `over the ${MAX_SIDE_FILE_BYTES}-byte limit` };
    return { state: "present", bytes };
  } finally {
    closeSync2(fd);
  }
}
function createJudgedSide(root) {
  return { readFile: (path) => readRegularFile2(root, path) };
}
function createTrustedSide(root, ref) {
  if (ref === null) return { ref, readFile: (path) => readRegularFile2(root, path) };
  return {
    ref,
    async readFile(path) {
      const bad = refusedPath(path);
      if (bad) return { state: "refused", reason: bad };
      const listed = (await run("git", ["ls-tree", "-z", "--full-tree", ref, "--", path.replace(/^(\.\/)+/, "")], {
        cwd: root,
        encoding: "buffer",
        maxBuffer: 1024 * 1024
      })).stdout.toString("utf8");
      const rec = listed.split("\0").find(Boolean);
      if (!rec) return { state: "absent" };
      const [mode, type, oid] = rec.slice(0, rec.indexOf("	")).split(" ");
      if (mode === "120000") return { state: "refused", reason: `a symbolic link at ${ref.slice(0, 12)}` };
      if (type !== "blob" || !oid) return { state: "refused", reason: "not a regular file" };
      const size = Number((await run("git", ["cat-file", "-s", oid], { cwd: root })).stdout.trim());
      if (size > MAX_SIDE_FILE_BYTES)
        return { state: "refused", reason: `${size} bytes, over the ${MAX_SIDE_FILE_BYTES}-byte limit` };
      const blob = await run("git", ["cat-file", "blob", oid], {
        cwd: root,
        encoding: "buffer",
        maxBuffer: MAX_SIDE_FILE_BYTES + 1
      });
      return { state: "present", bytes: new Uint8Array(blob.stdout) };
    }
  };
}
async function resolveNewBranchBase(root, git, defaultBranch) {
  const tip = await git.fetchBranch(defaultBranch);
  if (!tip) throw new Error(`origin has no default branch ${defaultBranch} to judge this branch against`);
  const mergeBase = async () => {
    try {
      return (await run("git", ["merge-base", tip, "HEAD"], { cwd: root })).stdout.trim() || null;
    } catch {
      return null;
    }
  };
  const found = await mergeBase();
  if (found) return found;
  const shallow = (await run("git", ["rev-parse", "--is-shallow-repository"], { cwd: root })).stdout.trim();
  if (shallow === "true") {
    await run(
      "git",
      [
        "fetch",
        "--quiet",
        "--no-tags",
        "--unshallow",
        "origin",
        `+refs/heads/${defaultBranch}:refs/driftgate/${defaultBranch}`
      ],
      { cwd: root }
    );
    return await mergeBase() ?? tip;
  }
  return tip;
}
async function openTrustedSide(input) {
  const { git, payload } = input;
  let ref = input.givenRef || defaultBaselineRef(input.eventName, payload);
  const branch = payload.ref?.startsWith("refs/heads/") ? payload.ref.slice("refs/heads/".length) : null;
  const defaultBranch = payload.repository?.default_branch;
  if (!ref && branch && defaultBranch && branch !== defaultBranch) {
    if (!git)
      throw new Error(
        `${branch} is not the default branch, and the workspace is not a git repository to find its base in`
      );
    ref = await resolveNewBranchBase(input.root, git, defaultBranch);
  }
  if (!ref) return createTrustedSide(input.root, null);
  if (!git) throw new Error(`baseline-ref ${ref} was given but the workspace is not a git repository`);
  return createTrustedSide(input.root, await git.ensureCommit(ref));
}

// src/settings/load.ts
var DEFAULT_CONFIG = ".github/driftgate.yml";
function layerFrom(get, source) {
  const out = {};
  for (const name of SETTING_NAMES) {
    const value = get(name);
    if (value !== void 0 && value !== "") out[name] = { value, source };
  }
  return out;
}
function workflowPathOf(workflowRef) {
  const m = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(workflowRef ?? "");
  return m ? m[1] : null;
}

// src/core/trust.ts
function describeValue(v) {
  const json = typeof v === "string" ? JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}\u2026` : v) : JSON.stringify(v);
  if (json === void 0) return String(v);
  return json.length > 80 && typeof v !== "string" ? `${json.slice(0, 80)}\u2026` : json;
}
function isConfigAccepted(changeSha256, accepted) {
  return changeSha256 !== null && accepted.has(changeSha256);
}
var configFinding = (path, message, detail) => ({
  code: "CONFIG_INVALID",
  stage: "config",
  classification: "PRODUCT_DRIFT",
  message,
  evidence: { paths: [path], ...detail ? { detail } : {} }
});
var shown = (v) => v === void 0 ? "(unset)" : describeValue(v);
function computeTrustFindings(trust, acceptedConfigs) {
  if (!trust) return [];
  const findings = [...trust.findings];
  const wf = trust.workflowChange;
  if (wf && !isConfigAccepted(wf.changeSha256, acceptedConfigs)) {
    findings.push({
      code: "CONFIG_CHANGED",
      stage: "config",
      classification: "PRODUCT_DRIFT",
      message: `this change edits ${wf.path}, the workflow running the gate, so the gate's step inputs are the change's own; it takes effect once an architect's decision accepts it${wf.changeSha256 ? ` (sha256 ${wf.changeSha256})` : ""}`,
      evidence: {
        paths: [wf.path],
        ...wf.trustedSha256 ? { expected: wf.trustedSha256 } : {},
        ...wf.changeSha256 ? { actual: wf.changeSha256 } : {}
      }
    });
  }
  const change = trust.change;
  if (!change) return findings;
  const accepted = isConfigAccepted(change.changeSha256, acceptedConfigs);
  const ref = trust.ref?.slice(0, 12) ?? "the baseline";
  const how = change.changeSha256 === null ? "removes it" : change.trustedSha256 === null ? "adds it" : "changes it";
  const keys = change.keys.map((k) => `${k.key}: ${shown(k.old)} \u2192 ${shown(k.new)}`);
  if (!accepted) {
    findings.push({
      code: "CONFIG_CHANGED",
      stage: "config",
      classification: "PRODUCT_DRIFT",
      message: `the gate's config file ${change.path} is read from ${ref}, never from the change; this change ${how}${keys.length ? ` (${keys.join("; ")})` : ""}. It takes effect once an architect's decision accepts it${change.changeSha256 ? ` (sha256 ${change.changeSha256})` : ""}`,
      evidence: {
        paths: [change.path],
        ...change.trustedSha256 ? { expected: change.trustedSha256 } : {},
        ...change.changeSha256 ? { actual: change.changeSha256 } : {},
        detail: keys.join("\n") || "formatting only"
      }
    });
  }
  for (const p of change.problems) findings.push(configFinding(change.path, `${p.message} (in the change)`));
  return findings;
}
function computeAbsentBaselineFindings(settings, seal) {
  if (settings.sealed.length === 0 || seal.authoritative !== "none") return [];
  if (seal.manifestSha256 !== null || seal.treeManifestSha256 !== null) return [];
  return [
    {
      code: "BASELINE_ABSENT",
      stage: "seal",
      classification: "INCIDENT",
      message: `sealed files are declared (${settings.sealed.join(", ")}) but no manifest ${settings.baseline} exists here or on the trusted side: nothing proves them unchanged`,
      evidence: { paths: [settings.baseline], detail: settings.sealed.join("\n") }
    }
  ];
}

// src/settings/trusted.ts
async function readLayer(file, path, where) {
  if (file.state === "absent") return { values: {}, problems: [], present: false };
  if (file.state === "refused")
    return {
      values: {},
      problems: [{ key: null, message: `${path}${where}: refused: ${file.reason}` }],
      present: true
    };
  const { parseConfigLenient } = await import("./chunk-WD7SG36Y.js");
  return { ...parseConfigLenient(file.bytes, path), present: true };
}
var comparable = (v) => v === void 0 ? "\0unset" : JSON.stringify(v);
async function loadTrustedSettings(given, sides) {
  await parseSettingsOnDemand([given]);
  const explicitConfig = given.config !== void 0;
  const path = explicitConfig ? String(given.config.value).replace(/^(\.\/)+/, "") : DEFAULT_CONFIG;
  const { trusted, judged } = sides;
  const at = trusted.ref ? ` at ${trusted.ref.slice(0, 12)}` : "";
  const trustedFile = await trusted.readFile(path);
  const trustedLayer = await readLayer(trustedFile, path, at);
  const findings = trustedLayer.problems.map(
    (p) => configFinding(
      path,
      `${p.message}${trusted.ref ? ` (the trusted copy${at})` : ""}; ${p.key ? `${p.key} keeps its default or step input` : "the defaults and step inputs apply"}`
    )
  );
  let change = null;
  let changeSettings = null;
  let changeFile = trustedFile;
  if (trusted.ref) {
    changeFile = await judged.readFile(path);
    if (!sameFile(trustedFile, changeFile)) {
      const changeLayer = await readLayer(changeFile, path, "");
      const keys = [.../* @__PURE__ */ new Set([...Object.keys(trustedLayer.values), ...Object.keys(changeLayer.values)])].sort().map((key) => ({ key, old: trustedLayer.values[key]?.value, new: changeLayer.values[key]?.value })).filter((k) => comparable(k.old) !== comparable(k.new));
      change = {
        path,
        trustedSha256: trustedFile.state === "present" ? sha256Hex(trustedFile.bytes) : null,
        changeSha256: changeFile.state === "present" ? sha256Hex(changeFile.bytes) : null,
        keys,
        problems: changeLayer.problems
      };
      if (changeFile.state === "present")
        changeSettings = await tryParseSettings([changeLayer.values, given]);
    }
  }
  if (explicitConfig && trustedFile.state === "absent" && changeFile.state === "absent")
    throw new SettingsError(`${path}: config file not found (given as config)`);
  const settings = await parseSettingsOnDemand([trustedLayer.values, given]);
  const explicitBaseline = given.baseline ?? trustedLayer.values.baseline;
  if (explicitBaseline && sides.requireBaseline !== false && !await existsOnEitherSide(settings.baseline, sides)) {
    const how = given.baseline ? `given as ${given.baseline.source.kind === "flag" ? "--baseline" : "input baseline"}` : `set in ${path}`;
    throw new SettingsError(
      `${settings.baseline}: the sealed manifest does not exist${trusted.ref ? ` here or at ${trusted.ref.slice(0, 12)}` : ""} (${how}); a manifest named explicitly must exist`
    );
  }
  let workflowChange = null;
  if (trusted.ref && sides.workflowPath) {
    const [before, after] = [
      await trusted.readFile(sides.workflowPath),
      await judged.readFile(sides.workflowPath)
    ];
    if (!sameFile(before, after))
      workflowChange = {
        path: sides.workflowPath,
        trustedSha256: before.state === "present" ? sha256Hex(before.bytes) : null,
        changeSha256: after.state === "present" ? sha256Hex(after.bytes) : null
      };
  }
  return {
    settings,
    trust: { configPath: path, ref: trusted.ref, change, findings, workflowChange },
    changeSettings
  };
}
async function tryParseSettings(layers) {
  try {
    return await parseSettingsOnDemand(layers);
  } catch (e) {
    if (e instanceof SettingsError) return null;
    throw e;
  }
}
function selectSettingsInEffect(trusted, change, acceptedConfigs) {
  if (!change || !acceptedConfigs.has(change.sha256)) return trusted;
  return {
    ...change.settings,
    log: trusted.log,
    "log-branch": trusted["log-branch"],
    "baseline-ref": change.settings["baseline-ref"] || trusted["baseline-ref"]
  };
}
async function existsOnEitherSide(path, sides) {
  if ((await sides.judged.readFile(path)).state !== "absent") return true;
  return sides.trusted.ref !== null && (await sides.trusted.readFile(path)).state !== "absent";
}
function sameFile(a, b) {
  if (a.state !== b.state) return false;
  if (a.state === "present" && b.state === "present") return sha256Hex(a.bytes) === sha256Hex(b.bytes);
  return true;
}

// src/compose.ts
async function composeContext(settings, facts, side) {
  const { repoUrl, ...rest } = facts;
  const { logLocationOf } = await import("./chunk-3D65C5EL.js");
  const location = logLocationOf(settings, facts.branch);
  const template = await readIncidentTemplate(side.trusted);
  return {
    location,
    context: {
      ...rest,
      incidentTemplate: template.template,
      trust: side.trust,
      changeConfig: side.changeConfig ?? null,
      trustFindings: template.findings,
      logUrl: logUrlOf(location, repoUrl)
    }
  };
}
function logUrlOf(location, repoUrl) {
  if (repoUrl) {
    return location.branch ? `${repoUrl}/blob/${encodeURIComponent(location.branch)}/${location.path}` : null;
  }
  return location.dedicated ? `${location.branch}:${location.path}` : location.path;
}
async function composeAction(env = process.env) {
  hardenGitEnvironment();
  const core = await import("./chunk-3CJLBQ3D.js");
  const { readActionsContext } = await import("./chunk-Q3XIZE6L.js");
  const { createActionsReporter } = await import("./chunk-IU2EKJR5.js");
  const workspace = await createNodeWorkspace(env.GITHUB_WORKSPACE || process.cwd());
  const given = layerFrom((name) => core.getInput(name), { kind: "input" });
  for (const secret of ["github-token", "log-key"]) {
    const value = given[secret]?.value;
    if (typeof value === "string" && value) core.setSecret(value);
  }
  const { context: facts, payload, repoUrl } = await readActionsContext(env);
  const git = await createGit(workspace.root);
  const { settings, trust, trusted, changeConfig } = await loadSettingsWithTrust(workspace, given, {
    name: facts.eventName,
    payload,
    git,
    workflowPath: workflowPathOf(env.GITHUB_WORKFLOW_REF)
  });
  const reporter = createActionsReporter();
  const repository = env.GITHUB_REPOSITORY;
  const github = settings["github-token"] && repository ? (await import("./chunk-TOFOZ4FQ.js")).createOctokitGitHub(
    settings["github-token"],
    repository,
    reporter
  ) : null;
  const { context, location } = await composeContext(
    settings,
    { ...facts, repoUrl },
    { trusted, trust, changeConfig }
  );
  const { secretsOf } = await import("./chunk-64UYD4SY.js");
  const { createShellRunner } = await import("./chunk-2P4PAFOP.js");
  const { createJobLogGroup } = await import("./chunk-OPPEL3UV.js");
  const secrets = secretsOf(settings);
  const runner = createShellRunner({
    env,
    secrets,
    repository: workspace.root,
    live: (command) => createJobLogGroup(`driftgate runs: ${command}`, secrets)
  });
  const ports = { workspace, git, runner, clock: createSystemClock(), reporter, github };
  return { settings, context, location, ports, payload };
}
async function composeCliSettings(flags, options = {}) {
  hardenGitEnvironment();
  const workspace = await createNodeWorkspace(flags.workspace ?? process.cwd());
  const given = flagLayer(flags);
  let git = options.git !== "if-baseline-ref" || given["baseline-ref"] ? await createGit(workspace.root) : null;
  const { settings, trust, trusted, changeConfig } = await loadSettingsWithTrust(workspace, given, {
    name: "cli",
    payload: {},
    git,
    requireBaseline: options.requireBaseline ?? true
  });
  if (!git && settings["baseline-ref"]) git = await createGit(workspace.root);
  return { settings, workspace, git, trust, trusted, changeConfig };
}
async function composeCli(flags, options = {}) {
  const { settings, workspace, git, trust, trusted, changeConfig } = await composeCliSettings(flags, options);
  const branch = git ? await git.currentBranch() : null;
  const facts = {
    eventName: "cli",
    // refs/heads/<branch> of the checkout, so freezes scoped to a ref apply on the command line too.
    ref: branch ? `refs/heads/${branch}` : null,
    branch,
    onDefaultBranch: false,
    record: flags.record === true,
    run: { id: null, attempt: null, url: null },
    pullRequest: null,
    statusSha: null,
    fork: false,
    repoUrl: null
  };
  const { context, location } = await composeContext(settings, facts, { trusted, trust, changeConfig });
  const reporter = createConsoleReporter({ quiet: flags.json === true });
  const { secretsOf } = await import("./chunk-64UYD4SY.js");
  const { createShellRunner } = await import("./chunk-2P4PAFOP.js");
  const ports = {
    workspace,
    git,
    runner: createShellRunner({ secrets: secretsOf(settings), repository: workspace.root }),
    clock: createSystemClock(),
    reporter,
    github: null
  };
  return { settings, context, location, ports };
}
function flagLayer(flags) {
  return layerFrom(
    (name) => {
      const v = flags[name];
      return Array.isArray(v) ? v.join("\n") : typeof v === "string" ? v : void 0;
    },
    { kind: "flag" }
  );
}
async function createGit(root) {
  const { createGitCliIfRepository } = await import("./chunk-2WYS7EJ2.js");
  return createGitCliIfRepository(root);
}
async function loadSettingsWithTrust(workspace, given, event) {
  const givenRef = String(given["baseline-ref"]?.value ?? "");
  const trusted = await openTrustedSide({
    root: workspace.root,
    git: event.git,
    givenRef,
    eventName: event.name,
    payload: event.payload
  });
  const { settings, trust, changeSettings } = await loadTrustedSettings(given, {
    trusted,
    judged: createJudgedSide(workspace.root),
    workflowPath: event.workflowPath ?? null,
    requireBaseline: event.requireBaseline ?? true
  });
  if (!settings["baseline-ref"] && trusted.ref) settings["baseline-ref"] = trusted.ref;
  const sha256 = trust.change?.changeSha256;
  const changeConfig = changeSettings && sha256 ? { sha256, settings: changeSettings } : null;
  return { settings, trust, trusted, changeConfig };
}

export {
  parseManifest,
  manifestRejection,
  hashIs,
  displayName,
  formatManifest,
  computeTrustFindings,
  computeAbsentBaselineFindings,
  selectSettingsInEffect,
  composeAction,
  composeCliSettings,
  composeCli
};
