import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addTraces,
  emptyTraceSet,
  foldTraceFile,
  MAX_TRACE_LINE_BYTES,
  type TraceSet,
} from '../../../src/core/policy/traces.js';

const line = (i: number, target = `git sub${i % 7}`, decision = 'allow') =>
  JSON.stringify({
    ts: 1_700_000_000_000 + i,
    project: 'svc-a',
    request: { action: 'run-command', target, context: { sessionType: 'agent' } },
    decision,
  });

/** Folds the bytes given as chunks cut at `cuts` (byte offsets). */
function fold(bytes: Uint8Array, cuts: readonly number[] = []): TraceSet {
  const set = emptyTraceSet();
  const folder = foldTraceFile(set, 't.ndjson');
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    folder.add(bytes.subarray(at, cut));
    at = cut;
  }
  folder.add(bytes.subarray(at));
  folder.end();
  return set;
}
const bytesOf = (text: string) => new TextEncoder().encode(text);
/** What a reader of the set sees, in a form toEqual compares. */
const view = (s: TraceSet) => ({
  lines: s.lines,
  bad: s.bad,
  requests: [...s.requests.values()].map((r) => [r.request.target, r.count, r.at, r.decisions]),
});

describe('trace files folded line by line as their bytes arrive', () => {
  it('any cut of the file into chunks folds to the same set as the whole file', () => {
    const text = [
      line(1),
      line(2, 'echo héllo → wörld ✓ 🚀'),
      '{not json',
      '',
      '   ',
      line(3, 'rm -rf build', 'deny'),
      line(4, 'echo héllo → wörld ✓ 🚀', 'review'),
    ].join('\n');
    const bytes = bytesOf(text);
    const whole = view(fold(bytes));
    expect(whole.lines).toBe(4);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }), (cuts) => {
        expect(view(fold(bytes, cuts))).toEqual(whole);
      }),
    );
  });

  it('a bad line in the middle is named by file and line; the lines after it still count', () => {
    const s = fold(
      bytesOf(
        [line(1), line(2), '{"ts":1,"request":{"action":"run-command","target":"ls"}}', line(3), ''].join(
          '\n',
        ),
      ),
    );
    expect(s.lines).toBe(3);
    expect(s.bad).toEqual([
      { file: 't.ndjson', line: 3, message: 'decision: expected allow|deny|review, got undefined' },
    ]);
  });

  it('a line longer than the cap is a bad line with its size, skipped without being held; the next line counts', () => {
    const long = `{"ts":1,"pad":"${'x'.repeat(MAX_TRACE_LINE_BYTES)}"}`;
    const bytes = bytesOf([line(1), long, line(2)].join('\n'));
    // In 1 KiB chunks the long line arrives over 65 calls; in one chunk it arrives whole.
    const cuts = Array.from({ length: Math.floor(bytes.length / 1024) }, (_, i) => (i + 1) * 1024);
    for (const s of [fold(bytes), fold(bytes, cuts)]) {
      expect(s.lines).toBe(2);
      expect(s.bad).toEqual([
        {
          file: 't.ndjson',
          line: 2,
          message: `expected a line of at most ${MAX_TRACE_LINE_BYTES} bytes, got ${long.length} bytes`,
        },
      ]);
      expect([...s.requests.values()].flatMap((r) => r.at)).toEqual(['t.ndjson:1', 't.ndjson:3']);
    }
  });

  it('a line of exactly the cap is read', () => {
    const head = line(1).slice(0, -1);
    const exact = `${head},"pad":"${'x'.repeat(MAX_TRACE_LINE_BYTES - head.length - 10)}"}`;
    expect(exact.length).toBe(MAX_TRACE_LINE_BYTES);
    const s = fold(bytesOf(`${exact}\n`));
    expect(s.bad).toEqual([]);
    expect(s.lines).toBe(1);
  });

  it('a long last line without a final newline is judged too', () => {
    const s = fold(bytesOf(`${line(1)}\n${'y'.repeat(MAX_TRACE_LINE_BYTES + 1)}`), [10, 70_000]);
    expect(s.lines).toBe(1);
    expect(s.bad.map((b) => [b.line, b.message])).toEqual([
      [2, `expected a line of at most ${MAX_TRACE_LINE_BYTES} bytes, got ${MAX_TRACE_LINE_BYTES + 1} bytes`],
    ]);
  });

  it('a file without a final newline counts its last line', () => {
    const s = fold(bytesOf(`${line(1)}\n${line(2)}`));
    expect(s.lines).toBe(2);
    expect(s.bad).toEqual([]);
  });

  it('CRLF line ends fold as LF ones do, with the same line numbers', () => {
    const lines = [line(1), '{oops', line(2), line(3)];
    expect(view(fold(bytesOf(`${lines.join('\r\n')}\r\n`)))).toEqual(
      view(fold(bytesOf(`${lines.join('\n')}\n`))),
    );
  });

  it('an empty file, or one of blank lines, adds nothing', () => {
    for (const text of ['', '\n', '\n\n  \r\n', '\r\n']) {
      const s = fold(bytesOf(text));
      expect(s.lines).toBe(0);
      expect(s.bad).toEqual([]);
      expect(s.requests.size).toBe(0);
    }
  });

  it("the file's byte order mark is dropped; one inside the file makes its line not JSON", () => {
    const bom = [0xef, 0xbb, 0xbf];
    const body = bytesOf(`${line(1)}\n`);
    const s = fold(new Uint8Array([...bom, ...body, ...bom, ...body]), [1, 2]);
    expect(s.lines).toBe(1);
    expect(s.bad.map((b) => b.line)).toEqual([2]);
    expect(s.bad[0]!.message).toMatch(/^not JSON/);
  });

  it('bytes that are not UTF-8 stay in their own line: it is judged, the next one still counts', () => {
    const s = fold(new Uint8Array([...bytesOf('{"ts":1,"x":"'), 0xff, 0xc3, ...bytesOf(`"}\n${line(2)}\n`)]));
    expect(s.lines).toBe(1);
    expect(s.bad.map((b) => b.line)).toEqual([1]);
  });

  it('addTraces folds a whole text the same way', () => {
    const text = [line(1), '{bad', line(2)].join('\r\n');
    const s = emptyTraceSet();
    addTraces(s, text, 't.ndjson');
    expect(view(s)).toEqual(view(fold(bytesOf(text), [5, 17])));
  });
});
