import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { LogEntry } from '../../src/core/log/entry.js';
import { computeVerdict, type Observed, type VerdictInput } from '../../src/core/verdict.js';

const NOW = new Date('2026-11-21T10:00:00.000Z');
const HEAD = 'c0ffee'.padEnd(40, '0');
const BASE = 'ba5e'.padEnd(40, '1');

const modified: Finding = {
  code: 'SEALED_MODIFIED',
  stage: 'seal',
  classification: 'INCIDENT',
  message: 'sealed file src/app.js (BASELINE_REF.sha256 line 1) was modified',
  evidence: { paths: ['src/app.js'], lines: [1], expected: 'a'.repeat(64), actual: 'b'.repeat(64) },
};

/** An INCIDENT on main that nobody decided on: it freezes every ref. */
const freezing: LogEntry = {
  seq: 0,
  prev: '0'.repeat(64),
  type: 'OBSERVATION',
  event_id: 'RTE_20261120_090000_0badf00d',
  timestamp: '2026-11-20T09:00:00.000Z',
  classification: 'INCIDENT',
  commit: 'feed'.padEnd(40, '2'),
  ref: 'refs/heads/main',
  freezes_all: true,
  snapshot_id: null,
  frozen_by: null,
  manifest_sha256: null,
  observed_manifest_sha256: null,
  observed_runtime_baseline_sha256: null,
  run_url: null,
  findings: 1,
};

function observed(over: Partial<Observed> = {}): Observed {
  return {
    commit: HEAD,
    baselineRef: BASE,
    now: NOW,
    log: { findings: [], freezeEntries: [], lastSnapshotAt: NOW.toISOString(), recent: [], segments: [] },
    seal: {
      findings: [],
      verdicts: [{ line: 1, path: 'src/app.js', status: 'OK' }],
      authoritative: 'baseline-ref',
      entries: 1,
      manifestSha256: 'ab'.repeat(32),
      treeManifestSha256: 'ab'.repeat(32),
    },
    invariants: [],
    tests: null,
    policy: null,
    ...over,
  };
}

const input: VerdictInput = {
  manifest: 'BASELINE_REF.sha256',
  logBranch: 'driftgate-log',
  failOn: 'PRODUCT_DRIFT',
  eventName: 'push',
  ref: 'refs/heads/feature',
  run: { id: '7', attempt: '1', url: 'https://github.com/o/r/actions/runs/7' },
  onDefaultBranch: false,
  incidentTemplate: '# Incident {{event_id}}\n',
  logUrl: null,
};

describe('computeVerdict', () => {
  it('passes a clean observation: STABLE, no snapshot within the day, outputs for every name but log-entry', () => {
    const v = computeVerdict(observed(), input);
    expect(v.classification).toBe('STABLE');
    expect(v.fails).toBe(false);
    expect(v.findings).toEqual([]);
    expect(v.snapshot).toBeNull();
    expect(v.event.snapshot_id).toBeNull();
    expect(v.incidentReport).toBeNull();
    expect(v.runbooks.map((r) => r.archetype)).toEqual(['classification']);
    expect(v.outputs).toEqual({
      classification: 'STABLE',
      'event-id': v.event.event_id,
      'snapshot-id': '',
      frozen: 'false',
      'drift-score': '',
      'risk-level': '',
      report: `governance/runtime/events/${v.event.event_id}.json`,
      runbook: `governance/runtime/events/${v.event.event_id}.runbook.md`,
    });
    expect(JSON.parse(v.eventJson)).toEqual(v.event);
    expect(v.logEntry).toMatchObject({ type: 'OBSERVATION', classification: 'STABLE', freezes_all: false });
  });

  it('adds FROZEN from an undecided freezing entry, snapshots the run once, and names the snapshot in the event', async () => {
    const report = new TextEncoder().encode('{"numTotalTests":1}');
    const v = computeVerdict(
      observed({
        log: {
          findings: [],
          freezeEntries: [freezing],
          lastSnapshotAt: null,
          recent: [
            {
              classification: 'STABLE',
              timestamp: '2026-11-20T09:00:00.000Z',
              drift_score: null,
              ref: input.ref,
              run_url: 'https://github.com/o/r/actions/runs/1',
            },
            {
              classification: 'INCIDENT',
              timestamp: '2026-11-20T10:00:00.000Z',
              drift_score: null,
              ref: 'refs/heads/another',
              run_url: 'https://github.com/o/r/actions/runs/2',
            },
          ],
          segments: [],
        },
        seal: { ...observed().seal, findings: [modified] },
        tests: {
          findings: [],
          summary: {
            report: { passed: 1, failed: 0, skipped: 0, todo: 0, pending: 0, cancelled: 0, total: 1 },
            console: null,
            formats: ['jest-json'],
            signatures: [],
            exitCode: 0,
            signal: null,
          },
          console: 'Tests: 1 passed, 1 total\n',
          reports: new Map([['reports/jest.json', report]]),
          treeRuntimeBaselineSha256: null,
        },
      }),
      input,
    );
    expect(v.findings.map((f) => f.code)).toEqual(['SEALED_MODIFIED', 'FROZEN']);
    expect(v.classification).toBe('INCIDENT');
    expect(v.fails).toBe(true);
    expect(v.event.frozen_by).toBe(freezing.event_id);
    expect(v.event.diff).toEqual([
      `src/app.js: ${'a'.repeat(64)} -> ${'b'.repeat(64)}`,
      `: ${freezing.event_id}`,
    ]);
    expect(v.snapshot!.dir).toBe(`governance/runtime/snapshots/${v.event.snapshot_id}`);
    expect(v.snapshot!.files.get('reports/reports/jest.json')).toBe(report);
    expect(v.snapshot!.files.get('RUNTIME_EVENT.json')).toBe(v.eventJson);
    expect(v.snapshot!.files.get('INCIDENT_REPORT.md')).toBe(v.incidentReport);
    expect(v.incidentReport).toBe(`# Incident ${v.event.event_id}\n`);
    expect(v.logEntry).toMatchObject({
      frozen_by: freezing.event_id,
      snapshot_id: v.event.snapshot_id,
      findings: 2,
    });
    expect(v.outputs.frozen).toBe('true');
    // This ref's history only: the other ref's run is left out.
    expect(v.history).toContain('actions/runs/1');
    expect(v.history).not.toContain('actions/runs/2');
    expect(v.annotations.length).toBeGreaterThan(0);
    await expect(
      `${JSON.stringify(
        {
          event: v.event,
          outputs: v.outputs,
          snapshot: [...v.snapshot!.files.keys()],
          runbooks: v.runbooks.map((r) => r.title),
          logEntry: v.logEntry,
        },
        null,
        2,
      )}\n`,
    ).toMatchFileSnapshot('../__outputs__/verdict-frozen-incident.json');
  });

  it('is the same verdict for the same observation, and another event for another time', () => {
    const a = computeVerdict(observed(), input);
    expect(computeVerdict(observed(), input)).toEqual(a);
    const later = computeVerdict(observed({ now: new Date('2026-11-21T10:00:01.000Z') }), input);
    expect(later.event.event_id).not.toBe(a.event.event_id);
  });

  it('lifts the freeze for a rollback once the seal is clean again, not before', () => {
    const rollback: LogEntry = {
      seq: 1,
      prev: '1'.repeat(64),
      type: 'DECISION',
      event_id: freezing.event_id,
      timestamp: '2026-11-20T10:00:00.000Z',
      decision: 'rollback',
      by: 'lead',
      reason: 'revert the change',
      manifest_sha256: null,
      runtime_baseline_sha256: null,
      source: 'cli',
    };
    const log = { ...observed().log, freezeEntries: [freezing, rollback] };
    expect(computeVerdict(observed({ log }), input).event.frozen_by).toBeNull();
    const dirty = observed({ log, seal: { ...observed().seal, findings: [modified] } });
    expect(computeVerdict(dirty, input).event.frozen_by).toBe(freezing.event_id);
  });

  it('fails TOOLING_DRIFT only when fail-on says so', () => {
    const tooling: Finding = {
      ...modified,
      code: 'TOOLING_SIGNATURE',
      stage: 'tests',
      classification: 'TOOLING_DRIFT',
    };
    const o = observed({ invariants: [tooling] });
    expect(computeVerdict(o, input).fails).toBe(false);
    expect(computeVerdict(o, { ...input, failOn: 'TOOLING_DRIFT' }).fails).toBe(true);
  });

  it('refuses to produce an event its schema rejects', () => {
    const bad = { ...modified, code: 'NOT_A_CODE' } as unknown as Finding;
    expect(() => computeVerdict(observed({ invariants: [bad] }), input)).toThrow(
      /does not match the event schema at findings\.0\.code/,
    );
  });
});
