import { compilePolicy, decide, RANK, type CompiledPolicy, type MatcherCache } from './evaluate.js';
import type { Mode } from './model.js';
import type { Probe } from './probes.js';
import { EMPTY_POLICY, type Project } from './project.js';

/** One policy's decisions on a probe set: rank (deny 0, review 1, allow 2), deciding rule, mode. */
export interface Decisions {
  rank: Int8Array;
  mode: Mode[];
  rule: Array<string | null>;
}

/**
 * Decides probe sets under projects, each (project, probe set) once: versions of a history that
 * share a Project share its decisions. A missing project (null) decides by the empty policy.
 */
export class DecisionTable {
  private readonly cache: MatcherCache = new Map();
  private readonly memo = new WeakMap<object, WeakMap<readonly Probe[], Decisions>>();
  private readonly compiledMemo = new WeakMap<Project, CompiledPolicy>();
  private readonly empty: Project = {
    name: '',
    key: '',
    files: [],
    policy: EMPTY_POLICY,
    origin: { commands: [], fileWrites: [], sessions: [] },
    otherDefaults: [],
  };

  /** The project's policy compiled once. */
  compile(project: Project): CompiledPolicy {
    let c = this.compiledMemo.get(project);
    if (!c) {
      c = compilePolicy(project.policy, this.cache);
      this.compiledMemo.set(project, c);
    }
    return c;
  }

  of(project: Project | null, probes: readonly Probe[]): Decisions {
    const p = project ?? this.empty;
    let byProbes = this.memo.get(p);
    if (!byProbes) {
      byProbes = new WeakMap();
      this.memo.set(p, byProbes);
    }
    const known = byProbes.get(probes);
    if (known) return known;
    const compiled = this.compile(p);
    const rank = new Int8Array(probes.length);
    const mode: Mode[] = [];
    const rule: Array<string | null> = [];
    probes.forEach((probe, i) => {
      const d = decide(compiled, probe.request);
      rank[i] = RANK[d.decision];
      mode.push(d.decision);
      rule.push(d.ruleId);
    });
    const out = { rank, mode, rule };
    byProbes.set(probes, out);
    return out;
  }
}
