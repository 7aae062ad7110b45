/**
 * sha256sum manifests, read exactly as GNU coreutils `sha256sum -c --strict` reads them
 * (coreutils src/digest.c: split_3, bsd_split_3, filename_unescape), on bytes, so names
 * survive byte for byte (leading/trailing spaces, tabs, CR, invalid UTF-8).
 */

import { Buffer } from 'node:buffer';
import { digestHex } from './observation.js';

/** Hex digits of a SHA-256 digest. */
const DIGEST_HEX_BYTES = 64;
/** digest.c MIN_DIGEST_LINE_LENGTH: hex digest + one blank + a one-byte name. */
const MIN_DIGEST_LINE_LENGTH = DIGEST_HEX_BYTES + 1 + 1;
/** The algorithm tag of the BSD form `SHA256 (name) = hex`. */
const DIGEST_TYPE_STRING = 'SHA256';

const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const BACKSLASH = 0x5c;
const STAR = 0x2a;
const HASH = 0x23;
const NUL = 0x00;

/** How a line spelled its entry. */
export type EntryForm = 'gnu' | 'bsd-tag' | 'reversed';

/** One properly formatted manifest line. */
export interface ManifestEntry {
  /** 1-based line number in the manifest. */
  line: number;
  /** Expected digest, lowercase hex. */
  hash: string;
  /** The file name, byte-exact after unescaping. */
  name: Uint8Array;
  /** The name for people: UTF-8 with \\, \n, \r escaped and invalid bytes as \xNN. */
  display: string;
  /** Marked `*` (binary); sha256sum hashes both modes the same on POSIX. */
  binary: boolean;
  /** Which of coreutils' forms the line used. */
  form: EntryForm;
}

/** A line that sha256sum -c reports as improperly formatted. */
export interface ManifestError {
  /** 1-based line number. */
  line: number;
  /** Why it is not a checksum line. */
  reason: string;
}

/** The whole manifest: entries in file order and the lines sha256sum would reject. */
export interface Manifest {
  /** The entries as objects, made on first use: verification reads `table` and makes none. */
  readonly entries: readonly ManifestEntry[];
  /** The entries, packed. */
  readonly table: EntryTable;
  readonly errors: readonly ManifestError[];
  /** Lines read, comments and blanks included. */
  readonly lineCount: number;
}

const isWhite = (c: number | undefined): boolean => c === SPACE || c === TAB;
const isHex = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));

/** Length of the C string starting at `start` within [start, end): stops at the first NUL. */
function cLength(s: Uint8Array, start: number, end: number): number {
  // A bounded loop: indexOf(NUL, start) would scan the rest of the manifest on every line.
  let i = start;
  while (i < end && s[i] !== NUL) i++;
  return i - start;
}

/** digest.c hex_digits: exactly 64 hex digits, then the end of the (C) string. */
function hexDigits(s: Uint8Array, start: number, end: number): boolean {
  if (cLength(s, start, end) !== DIGEST_HEX_BYTES) return false;
  for (let i = start; i < start + DIGEST_HEX_BYTES; i++) if (!isHex(s[i])) return false;
  return true;
}

/** digest.c filename_unescape: only \\, \n and \r; a trailing lone backslash or a NUL is invalid. */
function unescapeName(s: Uint8Array): Uint8Array | null {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === NUL) return null;
    if (c !== BACKSLASH) {
      out.push(c);
      continue;
    }
    if (i === s.length - 1) return null;
    const next = s[++i];
    if (next === 0x6e) out.push(NL);
    else if (next === 0x72) out.push(CR);
    else if (next === BACKSLASH) out.push(BACKSLASH);
    else return null;
  }
  return Uint8Array.from(out);
}

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const TYPE_BYTES = ascii(DIGEST_TYPE_STRING);

function startsWithAt(s: Uint8Array, at: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > s.length) return false;
  for (let k = 0; k < prefix.length; k++) if (s[at + k] !== prefix[k]) return false;
  return true;
}

/** The bytes as a string of one char per byte (byte = code point); TextDecoder's 'latin1' is windows-1252, and slower. */
const latin1 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

type Parsed = { hash: string; name: Uint8Array; binary: boolean; form: EntryForm } | { reason: string };

/** The manifest's bytes and their latin1 text (one char per byte, so byte offsets are string offsets). */
class ManifestText {
  private decoded: string | null = null;
  constructor(readonly bytes: Uint8Array) {}
  /** Decoded once, on first use: a parse that nobody reads the names of never pays for it. */
  get text(): string {
    return (this.decoded ??= latin1(this.bytes));
  }
}

/** State shared across lines of one manifest. */
interface ParseState {
  /** coreutils fixes the "reversed" (`hex name`) form at the first line that decides it. */
  bsdReversed: -1 | 0 | 1;
  source: ManifestText;
  /** Where the line after the one parseGnuLine just read starts. */
  next: number;
  /** The manifest's bytes four at a time (its bytes start at a multiple of 4). */
  words: Int32Array;
  /** No NUL anywhere in the manifest: names need not be checked for one. */
  noNul: boolean;
}

/** The text of bytes [start, end) of the manifest (one native decode per manifest, not per line). */
const textAt = (state: ParseState, start: number, end: number): string => state.source.text.slice(start, end);

const hexOf = (state: ParseState, start: number): string =>
  textAt(state, start, start + DIGEST_HEX_BYTES).toLowerCase();

/** displayName, taking plain names straight from the manifest text. */
function displayOf(state: ParseState, name: Uint8Array): string {
  const bytes = state.source.bytes;
  if (name.buffer !== bytes.buffer) return displayName(name);
  for (let i = 0; i < name.length; i++) {
    const b = name[i]!;
    if (b < 0x20 || b >= 0x7f || b === BACKSLASH) return displayName(name);
  }
  const at = name.byteOffset - bytes.byteOffset;
  return textAt(state, at, at + name.length);
}

/** The name bytes [start, end) of the manifest, unescaped when the line was escaped; null if invalid. */
function nameAt(s: Uint8Array, start: number, end: number, escaped: boolean): Uint8Array | null {
  if (escaped) return unescapeName(s.subarray(start, end));
  return s.subarray(start, start + cLength(s, start, end));
}

const BAD_ESCAPE = 'invalid escape in file name (only \\\\, \\n and \\r are allowed)';

/** digest.c bsd_split_3 on bytes [start, end) of the manifest (just after "SHA256 ("). */
function parseBsdTag(s: Uint8Array, start: number, end: number, escaped: boolean, state: ParseState): Parsed {
  if (end === start) return { reason: 'BSD line ends after "SHA256 ("' };
  let i = end - 1;
  while (i > start && s[i] !== 0x29) i--;
  if (s[i] !== 0x29) return { reason: 'BSD line has no closing ")"' };
  const name = nameAt(s, start, i, escaped);
  if (name === null) return { reason: BAD_ESCAPE };
  i++;
  while (i < end && isWhite(s[i])) i++;
  if (i >= end || s[i] !== 0x3d) return { reason: 'BSD line has no "=" after the file name' };
  i++;
  while (i < end && isWhite(s[i])) i++;
  if (!hexDigits(s, i, end)) return { reason: 'expected 64 hexadecimal digits after "="' };
  return { hash: hexOf(state, i), name, binary: false, form: 'bsd-tag' };
}

/** digest.c split_3 on one line, bytes [start, end) of the manifest, its newline and one trailing CR removed. */
function parseLine(s: Uint8Array, start: number, end: number, state: ParseState): Parsed {
  const at = (k: number): number | undefined => (k < end ? s[k] : undefined);
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
    if (at(i) === 0x28) return parseBsdTag(s, i + 1, end, escaped, state);
    return { reason: 'expected "(" after "SHA256"' };
  }
  if (end - i < MIN_DIGEST_LINE_LENGTH + (at(i) === BACKSLASH ? 1 : 0)) {
    return { reason: 'line too short for a SHA-256 checksum line' };
  }
  const hexStart = i;
  i += DIGEST_HEX_BYTES;
  if (!isWhite(at(i))) return { reason: 'expected a blank after 64 hexadecimal digits' };
  i++;
  for (let k = hexStart; k < hexStart + DIGEST_HEX_BYTES; k++) {
    if (!isHex(s[k])) return { reason: 'expected 64 hexadecimal digits' };
  }
  let binary = false;
  let form: EntryForm = 'gnu';
  if (end - i === 1 || (at(i) !== SPACE && at(i) !== STAR)) {
    // "hex name": allowed only if no earlier line fixed the standard form (coreutils refuses the mix).
    if (state.bsdReversed === 0) return { reason: 'expected two blanks or " *" between checksum and name' };
    state.bsdReversed = 1;
    form = 'reversed';
  } else if (state.bsdReversed !== 1) {
    state.bsdReversed = 0;
    binary = s[i++] === STAR;
  } else {
    form = 'reversed';
  }
  const name = nameAt(s, i, end, escaped);
  if (name === null) return { reason: BAD_ESCAPE };
  return { hash: hexOf(state, hexStart), name, binary, form };
}

/** Per byte: 1 for a lowercase hex digit or a decimal one, 3 for an uppercase hex digit, 0 otherwise. */
const HEX_CLASS = (() => {
  const t = new Uint8Array(256);
  for (let c = 0x30; c <= 0x39; c++) t[c] = 1;
  for (let c = 0x61; c <= 0x66; c++) t[c] = 1;
  for (let c = 0x41; c <= 0x46; c++) t[c] = 3;
  return t;
})();

/** GnuEntry.flags: the digest has uppercase hex digits. */
const UPPER_HEX = 2;
/** GnuEntry.flags: the line marked the name `*` (binary). */
const BINARY = 4;

/** The high bit of each byte of a 32-bit word. */
const HIGH_BITS = 0x80808080 | 0;

/**
 * Each byte of the word x (all below 0x80) in [lo, hi]: its high bit set in the result.
 * `ge` is (0x80 - lo) and `gt` is (0x7f - hi), repeated in every byte: adding them sets a byte's
 * high bit exactly when it is ≥ lo, respectively > hi, and never carries into the next byte.
 */
const inRange = (x: number, ge: number, gt: number): number => (x + ge) & ~(x + gt) & HIGH_BITS;

/**
 * The 64 bytes at `start` are hex digits: 0 if not, else 1, or 3 when one is uppercase. The
 * aligned middle is read four bytes at a time (hex digits are 0-9, a-f, and A-F, which is a-f
 * with bit 5 clear), which reads a 50,000-line manifest in about half the time of a byte table.
 */
function hexDigitsAt(s: Uint8Array, words: Int32Array, start: number): number {
  const end = start + DIGEST_HEX_BYTES;
  let found = 1;
  let k = start;
  for (; (k & 3) !== 0; k++) {
    const c = HEX_CLASS[s[k]!]!;
    if (c === 0) return 0;
    found |= c;
  }
  const lastWord = end >> 2;
  for (let w = k >> 2; w < lastWord; w++) {
    const x = words[w]!;
    if ((x & HIGH_BITS) !== 0) return 0;
    const digit = inRange(x, 0x50505050, 0x46464646);
    const letter = inRange(x | 0x20202020, 0x1f1f1f1f, 0x19191919);
    if ((digit | letter) !== HIGH_BITS) return 0;
    if (inRange(x, 0x3f3f3f3f, 0x39393939) !== 0) found = 3;
  }
  for (k = lastWord << 2; k < end; k++) {
    const c = HEX_CLASS[s[k]!]!;
    if (c === 0) return 0;
    found |= c;
  }
  return found;
}

/** The name bytes sha256sum -c prints escaped, or displayName shows differently from latin1. */
const needsDisplayName = (b: number): boolean => b < 0x20 || b >= 0x7f || b === BACKSLASH;

/**
 * An entry of the common form as an object, made from the table when asked for: its offsets into
 * the manifest, its hash, name and display string made from them in turn.
 */
class GnuEntry implements ManifestEntry {
  constructor(
    readonly line: number,
    private readonly source: ManifestText,
    /** Offset of the first hex digit; the name starts 66 bytes later. */
    private readonly start: number,
    /** Offset just past the name. */
    private readonly end: number,
    private readonly flags: number,
  ) {}
  get form(): EntryForm {
    return 'gnu';
  }
  get binary(): boolean {
    return (this.flags & BINARY) !== 0;
  }
  get hash(): string {
    const hex = this.source.text.slice(this.start, this.start + DIGEST_HEX_BYTES);
    return this.flags & UPPER_HEX ? hex.toLowerCase() : hex;
  }
  /** hash === hex, without making the string of the hash (one string per entry of a verification). */
  hashIs(hex: string): boolean {
    if (this.flags & UPPER_HEX) return this.hash === hex;
    return hex.length === DIGEST_HEX_BYTES && this.source.text.startsWith(hex, this.start);
  }
  get name(): Uint8Array {
    return this.source.bytes.subarray(this.start + DIGEST_HEX_BYTES + 2, this.end);
  }
  get display(): string {
    return displayAt(this.source, this.start + DIGEST_HEX_BYTES + 2, this.end);
  }
  /** The expected digest is the 32 bytes at digests[at], compared with the hex in place. */
  digestIs(digests: Uint8Array, at: number): boolean {
    return hexIsDigest(this.source.bytes, this.start, digests, at);
  }
}

/** displayName of the manifest's bytes [from, to), taken straight from its text when plain. */
function displayAt(source: ManifestText, from: number, to: number): string {
  const bytes = source.bytes;
  for (let k = from; k < to; k++)
    if (needsDisplayName(bytes[k]!)) return displayName(bytes.subarray(from, to));
  return source.text.slice(from, to);
}

/** The 64 hex digits at s[start] spell the 32 bytes at digests[at] (either case). */
function hexIsDigest(s: Uint8Array, start: number, digests: Uint8Array, at: number): boolean {
  let k = start;
  for (let j = at; j < at + 32; j++) {
    const b = digests[j]!;
    // | 0x20 lowercases A-F and leaves the digits as they are (the line's hex is checked already).
    if ((s[k++]! | 0x20) !== LOWER_HEX[b >> 4] || (s[k++]! | 0x20) !== LOWER_HEX[b & 15]) return false;
  }
  return true;
}

/**
 * The line at `start` as sha256sum itself writes it (`<64 hex><blank><blank or *><name>`, no escape,
 * no NUL), read in one pass that also finds the line's end; false sends every other shape to
 * parseLine, which gives the same result for this one. Most manifests hold nothing else. The
 * entry goes into the table as numbers: an object per line would cost more than the parse.
 */
function parseGnuLine(
  s: Uint8Array,
  start: number,
  line: number,
  state: ParseState,
  table: EntryTable,
): boolean {
  const nameStart = start + DIGEST_HEX_BYTES + 2;
  if (nameStart >= s.length || state.bsdReversed === 1) return false;
  const hex = hexDigitsAt(s, state.words, start);
  if (hex === 0) return false;
  const blank = s[start + DIGEST_HEX_BYTES];
  const mode = s[start + DIGEST_HEX_BYTES + 1];
  if ((blank !== SPACE && blank !== TAB) || (mode !== SPACE && mode !== STAR)) return false;
  let k = nameStart;
  if (state.noNul) while (k < s.length && s[k] !== NL) k++;
  else while (k < s.length && s[k] !== NL && s[k] !== NUL) k++;
  if (k < s.length && s[k] === NUL) return false;
  // One CR before the newline belongs to a CRLF line end, not to the name.
  const end = k > nameStart && s[k - 1] === CR ? k - 1 : k;
  if (end === nameStart) return false;
  state.bsdReversed = 0;
  state.next = k + 1;
  table.addGnu(line, start, end, (hex & 2 ? UPPER_HEX : 0) | (mode === STAR ? BINARY : 0));
  return true;
}

/**
 * A manifest's entries, packed: the common form as numbers (line, where its hex and name lie, its
 * flags) over the manifest's bytes, any other form as its entry object. Entry objects are made when
 * asked for; verifying 50,000 entries reads the numbers and makes none.
 */
export class EntryTable {
  declare readonly source: ManifestText;
  declare private lines: Int32Array;
  /** Offset of the first hex digit of a common-form entry (its name starts 66 bytes later); -1 otherwise. */
  declare private starts: Int32Array;
  /** Offset just past the name of a common-form entry. */
  declare private ends: Int32Array;
  declare private flags: Uint8Array;
  /** Entries of the other forms, by index. */
  declare private readonly others: Map<number, ManifestEntry>;
  declare private count: number;
  constructor(source: ManifestText, capacity: number) {
    this.source = source;
    this.lines = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.others = new Map();
    this.count = 0;
  }
  get length(): number {
    return this.count;
  }
  addGnu(line: number, start: number, end: number, flags: number): void {
    if (this.count === this.lines.length) this.grow();
    const i = this.count++;
    this.lines[i] = line;
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] = flags;
  }
  addOther(entry: ManifestEntry): void {
    if (this.count === this.lines.length) this.grow();
    const i = this.count++;
    this.lines[i] = entry.line;
    this.starts[i] = -1;
    this.others.set(i, entry);
  }
  /** Twice the room (a typed array drops what is written past its end: no entry may be lost). */
  private grow(): void {
    const size = Math.max(16, this.lines.length * 2);
    const more = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.lines = more(this.lines, new Int32Array(size));
    this.starts = more(this.starts, new Int32Array(size));
    this.ends = more(this.ends, new Int32Array(size));
    this.flags = more(this.flags, new Uint8Array(size));
  }
  /** Entry i as an object (a new one each time for the common form). */
  entry(i: number): ManifestEntry {
    const start = this.starts[i]!;
    if (start < 0) return this.others.get(i)!;
    return new GnuEntry(this.lines[i]!, this.source, start, this.ends[i]!, this.flags[i]!);
  }
  line(i: number): number {
    return this.lines[i]!;
  }
  /** Entry i's name for people (see ManifestEntry.display). */
  display(i: number): string {
    const start = this.starts[i]!;
    if (start < 0) return this.others.get(i)!.display;
    return displayAt(this.source, start + DIGEST_HEX_BYTES + 2, this.ends[i]!);
  }
  /** Entry i's name, as a view. */
  name(i: number): Uint8Array {
    const start = this.starts[i]!;
    if (start < 0) return this.others.get(i)!.name;
    return this.source.bytes.subarray(start + DIGEST_HEX_BYTES + 2, this.ends[i]!);
  }
  /** Entry i expects the 32 digest bytes at digests[at] (compared with its hex in place). */
  digestIs(i: number, digests: Uint8Array, at: number): boolean {
    const start = this.starts[i]!;
    if (start < 0) return digestIs(this.others.get(i)!, digests, at);
    return hexIsDigest(this.source.bytes, start, digests, at);
  }
  /** Entry i names "-", standard input for sha256sum. */
  namesStdin(i: number): boolean {
    const start = this.starts[i]!;
    if (start < 0) {
      const name = this.others.get(i)!.name;
      return name.length === 1 && name[0] === 0x2d;
    }
    const from = start + DIGEST_HEX_BYTES + 2;
    return this.ends[i] === from + 1 && this.source.bytes[from] === 0x2d;
  }
  /**
   * The names in one buffer, the shape in which the workspace hands them to its hashing threads:
   * where they are, in the manifest's own bytes, when every entry has the common form; else copied
   * end to end. A view per name (50,000 of them) would cost more than either.
   */
  packNames(): PackedNames {
    const n = this.count;
    if (this.others.size === 0) {
      const starts = new Int32Array(n);
      for (let i = 0; i < n; i++) starts[i] = this.starts[i]! + DIGEST_HEX_BYTES + 2;
      return { bytes: this.source.bytes, starts, ends: this.ends.slice(0, n) };
    }
    return packList(Array.from({ length: n }, (_, i) => this.name(i)));
  }
  /** The table without the entries whose indexes are in `drop`. */
  without(drop: ReadonlySet<number>): EntryTable {
    const kept = new EntryTable(this.source, this.count - drop.size);
    for (let i = 0; i < this.count; i++) {
      if (drop.has(i)) continue;
      const start = this.starts[i]!;
      if (start < 0) kept.addOther(this.others.get(i)!);
      else kept.addGnu(this.lines[i]!, start, this.ends[i]!, this.flags[i]!);
    }
    return kept;
  }
}

/**
 * The largest manifest read (about 2.8 million entries): past it a change could exhaust the gate's
 * memory or a string's maximum length, and abort the run that should record it.
 */
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

/** Reads a manifest's bytes as `sha256sum -c --strict` does. */
export function parseManifest(bytes: Uint8Array): Manifest {
  if (bytes.length > MAX_MANIFEST_BYTES) {
    const reason = `the manifest holds ${bytes.length} bytes, more than the ${MAX_MANIFEST_BYTES} driftgate reads`;
    return new ParsedManifest(new EntryTable(new ManifestText(bytes), 0), [{ line: 0, reason }], 0);
  }
  const errors: ManifestError[] = [];
  // An aligned copy when the bytes start off a multiple of 4, so they can be read four at a time.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  // Buffer's indexOf is memchr; a Uint8Array's walks the bytes one by one, ten times slower.
  const search = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const state: ParseState = {
    bsdReversed: -1,
    source: new ManifestText(bytes),
    next: 0,
    words: new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2),
    noNul: search.indexOf(NUL) === -1,
  };
  // A checksum line holds at least 66 bytes: room for about as many entries as the bytes allow, grown if not.
  const table = new EntryTable(state.source, Math.floor(bytes.length / 80) + 1);
  let lineNo = 0;
  let pos = 0;
  while (pos < bytes.length) {
    lineNo++;
    if (HEX_CLASS[bytes[pos]!] && parseGnuLine(bytes, pos, lineNo, state, table)) {
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
    if ('reason' in parsed) errors.push({ line: lineNo, reason: parsed.reason });
    else {
      const { hash, name, binary, form } = parsed;
      table.addOther({ line: lineNo, hash, name, display: displayOf(state, name), binary, form });
    }
  }
  return new ParsedManifest(table, errors, lineNo);
}

class ParsedManifest implements Manifest {
  private made: ManifestEntry[] | null = null;
  constructor(
    readonly table: EntryTable,
    readonly errors: ManifestError[],
    readonly lineCount: number,
  ) {}
  get entries(): readonly ManifestEntry[] {
    return (this.made ??= Array.from({ length: this.table.length }, (_, i) => this.table.entry(i)));
  }
}

/** Names in one buffer: name i is bytes[starts[i] … ends[i]). */
export interface PackedNames {
  bytes: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
}

/** Names given one by one, copied end to end into one buffer. */
export function packList(list: readonly Uint8Array[]): PackedNames {
  const starts = new Int32Array(list.length);
  const ends = new Int32Array(list.length);
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    starts[i] = total;
    total += list[i]!.length;
    ends[i] = total;
  }
  const bytes = new Uint8Array(total);
  list.forEach((b, i) => bytes.set(b, starts[i]!));
  return { bytes, starts, ends };
}

/** Name i of a packed list, as a view. */
export const packedName = (names: PackedNames, i: number): Uint8Array =>
  names.bytes.subarray(names.starts[i]!, names.ends[i]!);

/**
 * Why sha256sum -c --strict would reject this manifest, or null when it accepts it:
 * any improperly formatted line, or no properly formatted line at all.
 */
export function manifestRejection(m: Manifest): string | null {
  const first = m.errors[0];
  if (first?.line === 0) return first.reason;
  if (first) return `line ${first.line}: improperly formatted SHA256 checksum line (${first.reason})`;
  // sha256sum -c reads "-" as standard input: such an entry seals nothing, whatever the digest says.
  for (let i = 0; i < m.table.length; i++)
    if (m.table.namesStdin(i))
      return `line ${m.table.line(i)}: the entry "-" names standard input for sha256sum, so it seals no file`;
  if (m.table.length === 0) return 'no properly formatted SHA256 checksum lines found';
  return null;
}

/** The entry's expected digest is `hex` (lowercase), compared in place for the common form. */
export function hashIs(e: ManifestEntry, hex: string): boolean {
  return e instanceof GnuEntry ? e.hashIs(hex) : e.hash === hex;
}

/** The character codes of the lowercase hex digits. */
const LOWER_HEX = ascii('0123456789abcdef');

/**
 * The entry's expected digest is the 32 bytes at digests[at]: compared in place for the common
 * form, through hashIs for the others (rare, so a hex string each costs nothing).
 */
export function digestIs(e: ManifestEntry, digests: Uint8Array, at: number): boolean {
  return e instanceof GnuEntry ? e.digestIs(digests, at) : hashIs(e, digestHex(digests, at));
}

// ignoreBOM: a leading U+FEFF is part of the name; dropping it would blame its twin without one.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A name for people and logs: escapes as sha256sum prints, invalid UTF-8 bytes as \xNN. */
export function displayName(name: Uint8Array): string {
  let text: string;
  try {
    text = decoder.decode(name);
  } catch {
    // Not UTF-8: keep ASCII, show every other byte as \xNN so the name stays unambiguous.
    return Array.from(name, (b) =>
      b >= 0x80 ? `\\x${b.toString(16).padStart(2, '0')}` : escapeChar(String.fromCharCode(b)),
    ).join('');
  }
  return text.replace(/[\\\n\r]|\p{Cf}/gu, escapeChar);
}

/**
 * sha256sum's escapes, plus invisible format characters (U+FEFF, zero-width and bidirectional
 * controls) as \u{XXXX}: a name must not read as its innocent twin, or reorder itself on screen.
 */
const escapeChar = (ch: string): string =>
  ch === '\\'
    ? '\\\\'
    : ch === '\n'
      ? '\\n'
      : ch === '\r'
        ? '\\r'
        : /\p{Cf}/u.test(ch)
          ? `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`
          : ch;

/** One manifest line as `sha256sum` writes it (text mode, escaped form when the name needs it). */
export function formatManifestLine(hash: string, name: Uint8Array): Uint8Array {
  const needsEscape = name.some((b) => b === BACKSLASH || b === NL || b === CR);
  const body: number[] = [];
  for (const b of name) {
    if (needsEscape && b === BACKSLASH) body.push(BACKSLASH, BACKSLASH);
    else if (needsEscape && b === NL) body.push(BACKSLASH, 0x6e);
    else if (needsEscape && b === CR) body.push(BACKSLASH, 0x72);
    else body.push(b);
  }
  const head = ascii(`${needsEscape ? '\\' : ''}${hash.toLowerCase()}  `);
  const out = new Uint8Array(head.length + body.length + 1);
  out.set(head, 0);
  out.set(body, head.length);
  out[out.length - 1] = NL;
  return out;
}

/** A whole manifest from (hash, name) pairs, in the order given. */
export function formatManifest(entries: ReadonlyArray<{ hash: string; name: Uint8Array }>): Uint8Array {
  const lines = entries.map((e) => formatManifestLine(e.hash, e.name));
  const out = new Uint8Array(lines.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of lines) {
    out.set(l, at);
    at += l.length;
  }
  return out;
}
