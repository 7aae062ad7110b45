import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  digestIs,
  displayName,
  formatManifest,
  hashIs,
  manifestRejection,
  MAX_MANIFEST_BYTES,
  packedName,
  parseManifest,
} from '../../../src/core/seal/manifest.js';
import { tempDir } from '../../helpers/tmp.js';

const enc = new TextEncoder();
const dec = new TextDecoder();
const H = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const names = (text: string) => parseManifest(enc.encode(text)).entries.map((e) => dec.decode(e.name));

describe('parseManifest', () => {
  it('reads the text, binary, escaped and BSD tag forms', () => {
    const text = [
      `${H}  plain`,
      `${H} *binary`,
      `\\${H}  back\\\\slash\\nnew\\rcr`,
      `SHA256 (tag (with) parens) = ${H.toUpperCase()}`,
      `\\SHA256 (esc\\nname) = ${H}`,
    ].join('\n');
    const m = parseManifest(enc.encode(text));
    expect(m.errors).toEqual([]);
    expect(m.entries.map((e) => dec.decode(e.name))).toEqual([
      'plain',
      'binary',
      'back\\slash\nnew\rcr',
      'tag (with) parens',
      'esc\nname',
    ]);
    expect(m.entries.map((e) => e.binary)).toEqual([false, true, false, false, false]);
    expect(m.entries.every((e) => e.hash === H)).toBe(true);
  });

  it('keeps names byte-exact: leading and trailing spaces, tabs, a leading star', () => {
    expect(names(`${H}   lead\n${H}  trail  \n${H}  tab\there\n${H} **star\n`)).toEqual([
      ' lead',
      'trail  ',
      'tab\there',
      '*star',
    ]);
  });

  it('skips comments and blank lines, strips one CR of CRLF and counts lines', () => {
    const m = parseManifest(enc.encode(`# comment\r\n\r\n${H}  a\r\n\n${H}  b\r\r\n`));
    expect(m.entries.map((e) => [e.line, dec.decode(e.name)])).toEqual([
      [3, 'a'],
      [5, 'b\r'],
    ]);
  });

  it('names the line of each improperly formatted entry', () => {
    const m = parseManifest(enc.encode(`${H}  ok\nnot a checksum\n${H.slice(1)}  short\n\\${H}  bad\\x\n`));
    expect(m.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(manifestRejection(m)).toMatch(/^line 2: improperly formatted/);
  });

  it('rejects a manifest without any checksum line', () => {
    expect(manifestRejection(parseManifest(enc.encode('# only a comment\n')))).toMatch(
      /no properly formatted/,
    );
  });

  it('fixes the "hex name" form at the first line, as coreutils does', () => {
    expect(names(`${H} x\n${H}  y\n`)).toEqual(['x', ' y']);
    expect(parseManifest(enc.encode(`${H}  y\n${H} x\n`)).errors.map((e) => e.line)).toEqual([2]);
  });

  it('shows names escaped for people', () => {
    expect(displayName(enc.encode('a\\b\nc'))).toBe('a\\\\b\\nc');
    expect(displayName(Uint8Array.from([0x61, 0xff, 0x5c]))).toBe('a\\xff\\\\');
  });

  it('keeps a leading U+FEFF and shows invisible format characters escaped', () => {
    const bom = parseManifest(enc.encode(`${H}  \ufeffbom\n${H}  bom\n`)).entries;
    expect(bom.map((e) => Array.from(e.name.slice(0, 3)))).toEqual([
      [0xef, 0xbb, 0xbf],
      [0x62, 0x6f, 0x6d],
    ]);
    expect(bom.map((e) => e.display)).toEqual(['\\u{FEFF}bom', 'bom']);
    expect(displayName(enc.encode('a\u200bb\u202ec'))).toBe('a\\u{200B}b\\u{202E}c');
  });

  it('refuses an entry named "-" (standard input for sha256sum) as a corrupt manifest', () => {
    expect(manifestRejection(parseManifest(enc.encode(`${H}  a\n${H}  -\n`)))).toBe(
      'line 2: the entry "-" names standard input for sha256sum, so it seals no file',
    );
    expect(manifestRejection(parseManifest(enc.encode(`${H}  ./-\n${H}  -x\n`)))).toBeNull();
  });

  it('refuses a manifest larger than it reads, without parsing it', () => {
    const huge = new Uint8Array(MAX_MANIFEST_BYTES + 1);
    const m = parseManifest(huge);
    expect(m.entries).toEqual([]);
    expect(manifestRejection(m)).toMatch(/^the manifest holds 268435457 bytes, more than the 268435456/);
  });

  it('reads the common form the same way as every other: case, CRLF, NUL, escapes, the last line', () => {
    const text = `${H.toUpperCase()}  up\r\n${H} *bin\n${H}  a\0b\n${H}  back\\slash\n${H}  \r\n${H}  é\n${H}  last`;
    const m = parseManifest(enc.encode(text));
    expect(m.errors.map((e) => e.line)).toEqual([5]);
    expect(m.entries.map((e) => [e.line, e.hash, Array.from(e.name), e.display, e.binary, e.form])).toEqual([
      [1, H, Array.from(enc.encode('up')), 'up', false, 'gnu'],
      [2, H, Array.from(enc.encode('bin')), 'bin', true, 'gnu'],
      // coreutils reads a line as a C string: the name ends at the NUL.
      [3, H, [0x61], 'a', false, 'gnu'],
      [4, H, Array.from(enc.encode('back\\slash')), 'back\\\\slash', false, 'gnu'],
      [6, H, [0xc3, 0xa9], 'é', false, 'gnu'],
      [7, H, Array.from(enc.encode('last')), 'last', false, 'gnu'],
    ]);
    expect(m.lineCount).toBe(7);
  });

  it('takes exactly the 64-digit hex lines, wherever they start and whatever bytes sit next to the digits', () => {
    const hexDigit = fc.constantFrom(...'0123456789abcdefABCDEF'.split('').map((c) => c.charCodeAt(0)));
    // Bytes just outside the digits' ranges, where a four-bytes-at-a-time check could slip.
    const near = fc.constantFrom(...[...'/:@`gG', '\x7f', '\x80', '\xff', '\0'].map((c) => c.charCodeAt(0)));
    fc.assert(
      fc.property(
        fc.nat({ max: 7 }),
        fc.array(hexDigit, { minLength: 64, maxLength: 64 }),
        fc.array(fc.tuple(fc.nat({ max: 63 }), near), { maxLength: 2 }),
        (shift, hexDigits, flaws) => {
          const digits = [...hexDigits];
          for (const [at, b] of flaws) digits[at] = b;
          // A comment line of `shift` bytes moves the checksum line off (or onto) a multiple of 4.
          const bytes = Uint8Array.from([
            ...(shift ? [0x23, ...Array<number>(shift - 1).fill(0x61), 0x0a] : []),
            ...digits,
            0x20,
            0x20,
            0x66,
            0x0a,
          ]);
          const hex = String.fromCharCode(...digits);
          const m = parseManifest(bytes.subarray(0));
          const valid = /^[0-9a-fA-F]{64}$/.test(hex);
          expect(m.entries.map((e) => e.hash)).toEqual(valid ? [hex.toLowerCase()] : []);
          // The same bytes at an odd place in their buffer (read through an aligned copy).
          const odd = new Uint8Array(bytes.length + 1);
          odd.set(bytes, 1);
          expect(parseManifest(odd.subarray(1)).entries.map((e) => e.hash)).toEqual(
            valid ? [hex.toLowerCase()] : [],
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('compares an observed digest with the expected one in every form, never a mere prefix', () => {
    const other = 'f'.repeat(64);
    const m = parseManifest(enc.encode(`${H}  a\n${H.toUpperCase()}  b\n${other}  c\n`));
    const bsd = parseManifest(enc.encode(`SHA256 (d) = ${H}\n`)).entries[0]!;
    const [a, b, c] = m.entries;
    expect([a, b, bsd].map((e) => hashIs(e!, H))).toEqual([true, true, true]);
    expect([a, b, bsd].map((e) => hashIs(e!, other))).toEqual([false, false, false]);
    expect(hashIs(a!, H.slice(0, 63))).toBe(false);
    expect(hashIs(c!, other)).toBe(true);
    expect(hashIs(c!, `${other}0`)).toBe(false);
  });

  it('compares digest bytes with the expected hex in every form, as hashIs compares the hex', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.option(fc.nat(255)),
        fc.constantFrom('gnu', 'upper', 'binary', 'bsd', 'escaped'),
        fc.nat(40),
        (expected, flip, form, at) => {
          // The expected digest itself, or with one bit of it flipped (any of its 64 hex digits).
          const seen = expected.slice();
          if (flip !== null) seen[flip >> 3]! ^= 1 << (flip & 7);
          const hex = Buffer.from(expected).toString('hex');
          const line = {
            gnu: `${hex}  a\n`,
            upper: `${hex.toUpperCase()}  a\n`,
            binary: `${hex} *a\n`,
            bsd: `SHA256 (a) = ${hex}\n`,
            escaped: `\\${hex}  a\\\\b\n`,
          }[form];
          const { table, entries } = parseManifest(enc.encode(line));
          const entry = entries[0]!;
          const digests = new Uint8Array(at + 64);
          digests.set(seen, at);
          digests.set(expected, at + 32);
          const seenHex = Buffer.from(seen).toString('hex');
          expect(digestIs(entry, digests, at)).toBe(hashIs(entry, seenHex));
          expect(digestIs(entry, digests, at + 32)).toBe(true);
          expect(table.digestIs(0, digests, at)).toBe(hashIs(entry, seenHex));
          expect(table.digestIs(0, digests, at + 32)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("packs the names of common-form lines where they are, in the manifest's bytes, and copies the others", () => {
    const bytes = enc.encode(`${H}  a/b\n${H} *c d\n# note\n${H}  e\n`);
    const plain = parseManifest(bytes).table;
    const inPlace = plain.packNames();
    expect(dec.decode(inPlace.bytes)).toBe(dec.decode(bytes));
    expect([0, 1, 2].map((i) => dec.decode(packedName(inPlace, i)))).toEqual(['a/b', 'c d', 'e']);
    const mixed = parseManifest(enc.encode(`${H}  a/b\n\\${H}  new\\nline\nSHA256 (x y) = ${H}\n`)).table;
    const copied = mixed.packNames();
    expect([0, 1, 2].map((i) => dec.decode(packedName(copied, i)))).toEqual(['a/b', 'new\nline', 'x y']);
    const kept = mixed.without(new Set([1]));
    expect([0, 1].map((i) => [kept.line(i), kept.display(i)])).toEqual([
      [1, 'a/b'],
      [3, 'x y'],
    ]);
    expect([0, 1].map((i) => dec.decode(packedName(kept.packNames(), i)))).toEqual(['a/b', 'x y']);
    expect(parseManifest(new Uint8Array(0)).table.packNames().starts).toHaveLength(0);
  });

  it('keeps every entry of a manifest of the shortest lines it accepts', () => {
    // "<hex> n", the reversed form: 66 bytes and a newline per entry, the densest a manifest gets.
    for (const count of [1, 2, 65, 1000]) {
      const text = Array.from(
        { length: count },
        (_, i) => `${H} ${String.fromCharCode(0x21 + (i % 90))}`,
      ).join('\n');
      const m = parseManifest(enc.encode(text));
      expect(m.errors).toEqual([]);
      expect(m.table.length).toBe(count);
      expect(m.table.line(count - 1)).toBe(count);
      expect(m.table.without(new Set([0])).length).toBe(count - 1);
    }
  });

  it('answers from its table what its entries say, entry by entry', () => {
    const text = `${H}  a\n\\${H.toUpperCase()}  b\\\\c\nSHA256 (d) = ${H}\n${H} *-\n${H}  \u00e9\n`;
    const m = parseManifest(enc.encode(text));
    expect(m.table.length).toBe(m.entries.length);
    m.entries.forEach((e, i) => {
      expect(m.table.line(i)).toBe(e.line);
      expect(m.table.display(i)).toBe(e.display);
      expect(Array.from(m.table.name(i))).toEqual(Array.from(e.name));
      expect(m.table.entry(i)).toEqual(e);
      expect(m.table.namesStdin(i)).toBe(e.display === '-');
    });
    expect(m.entries).toBe(m.entries);
  });

  it('round-trips any name through formatManifest', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.uint8Array({ minLength: 1, maxLength: 20 }).filter((a) => !a.includes(0)),
          { minLength: 1, maxLength: 8 },
        ),
        (raw) => {
          const bytes = formatManifest(raw.map((name) => ({ hash: H, name })));
          const m = parseManifest(bytes);
          expect(m.errors).toEqual([]);
          expect(m.entries.map((e) => Array.from(e.name))).toEqual(raw.map((n) => Array.from(n)));
        },
      ),
    );
  });
});

/** Does `sha256sum -c --strict` accept the manifest as well formed (files all present and empty)? */
function coreutilsAccepts(dir: string, manifest: Uint8Array): { formatted: boolean; badLines: number[] } {
  writeFileSync(join(dir, 'm.sha256'), manifest);
  const r = spawnSync('sha256sum', ['-c', '--strict', '--warn', 'm.sha256'], {
    cwd: dir,
    encoding: 'latin1',
  });
  const badLines = [...r.stderr.matchAll(/m\.sha256: (\d+): improperly formatted/g)].map((x) => Number(x[1]));
  return { formatted: !/no properly formatted/.test(r.stderr), badLines };
}

describe('parseManifest agrees with sha256sum -c --strict on what is well formed', () => {
  const piece = fc.constantFrom(
    H,
    H.toUpperCase(),
    H.slice(0, 63),
    `${H}0`,
    'SHA256 (',
    'SHA256(',
    'SHA256 ',
    ') = ',
    ')=',
    ' ',
    '  ',
    ' *',
    '*',
    '\t',
    '\\',
    '\\n',
    '\\r',
    '\\\\',
    '\\x',
    '\r',
    '#',
    '(',
    ')',
    'a',
    'f',
    'name',
  );
  const line = fc.array(piece, { minLength: 1, maxLength: 7 }).map((p) => p.join(''));

  it("on random lines built from the format's pieces", () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'files'));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const bytes = enc.encode(lines.join('\n') + '\n');
        const ours = parseManifest(bytes);
        const theirs = coreutilsAccepts(dir, bytes);
        expect(ours.errors.map((e) => e.line)).toEqual(theirs.badLines);
        expect(ours.entries.length > 0).toBe(theirs.formatted);
      }),
      { numRuns: 300 },
    );
  });
});
