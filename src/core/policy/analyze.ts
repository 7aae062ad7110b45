import { DecisionTable, type Decisions } from './decisions.js';
import { computeRuleDiff, type RuleChange } from './diff.js';
import { buildProbes, type Probe } from './probes.js';
import type { Rule, RuleKind } from './model.js';
import { EMPTY_POLICY, groupProjects, type PolicyFile, type Project } from './project.js';
import { alarmsOf, bandOf, computeDriftScore, riskOf, type Band, type RiskLevel } from './score.js';
import { dynamicContradictions, type DynamicContradiction } from './signals/dynamic-contradictions.js';
import { federatedDivergence, type Federation } from './signals/federated-divergence.js';
import { flipFlops, type FlipFlop } from './signals/flip-flops.js';
import type { ProjectHistory } from './signals/history.js';
import { overrideEscalation } from './signals/override-escalation.js';
import { permissionCreep } from './signals/permission-creep.js';
import { replayImpact, type Replay } from './signals/replay-impact.js';
import { restrictionCreep } from './signals/restriction-creep.js';
import { reviewerDisagreement } from './signals/reviewer-disagreement.js';
import { ruleChurn } from './signals/rule-churn.js';
import type { Signal } from './signals/signal.js';
import {
  staticContradictions,
  staticContradictionsOf,
  type StaticContradiction,
} from './signals/static-contradictions.js';
import { volatility } from './signals/volatility.js';
import type { BadTraceLine, TracedRequest, TraceSet } from './traces.js';

/** The policy files of one commit. */
export interface PolicyVersion {
  ref: string;
  files: PolicyFile[];
}

/** What the policy stage reads: the policy root, base and head, the history and the traces. */
export interface PolicyInput {
  root: string;
  /** The policies at baseline-ref; null without one (nothing to compare: no diff, no replay). */
  base: PolicyVersion | null;
  head: PolicyVersion;
  /** The last commits that touched the policies, oldest first (head is added when it differs). */
  history: PolicyVersion[];
  traces: TraceSet;
}

/** Everything the analysis found; the runbooks and the findings are made from it. */
export interface PolicyAnalysis {
  root: string;
  base: string | null;
  head: string;
  projects: string[];
  files: { base: string[]; head: string[] };
  /** The policies differ between base and head (a rule or a default changed). */
  changed: boolean;
  diff: Array<
    RuleChange & {
      project: string;
      files: string[];
      /** Where the rule starts before and after (`file:line`), null where it does not exist. */
      where: { before: string | null; after: string | null };
    }
  >;
  signals: Signal[];
  drift: { score: number; band: Band };
  volatility: number;
  stability: number;
  risk: { level: RiskLevel; alarms: string[] };
  contradictions: {
    static: StaticContradiction[];
    introduced: StaticContradiction[];
    dynamic: DynamicContradiction[];
  };
  replay: Omit<Replay, 'signal'>;
  federation: Omit<Federation, 'signal' | 'stability'>;
  history: { commits: string[]; flipFlops: FlipFlop[] };
  traces: { lines: number; bad: BadTraceLine[]; unassigned: number };
  probes: number;
}

/** One project's versions, probes and decisions. */
interface ProjectView {
  name: string;
  probes: Probe[];
  baseP: Project | null;
  headP: Project | null;
  base: Decisions;
  head: Decisions;
  history: ProjectHistory;
}

/** Where a rule starts: `file:line` (or the file alone when its line is unknown); null for none. */
function whereOf(p: Project | null, kind: RuleKind, rule: Rule | null): string | null {
  if (!p || !rule) return null;
  const i = p.policy[kind].indexOf(rule);
  const file = i < 0 ? undefined : p.files[p.origin[kind][i]!];
  if (file === undefined) return null;
  return rule.line === undefined ? file : `${file}:${rule.line}`;
}

/** Traces go to the project they name; unnamed ones to the only project, if there is one. */
function assignTraces(traces: TraceSet, names: readonly string[]) {
  const traced = new Map<string, TracedRequest[]>(names.map((n) => [n, []]));
  let unassigned = 0;
  for (const t of traces.requests.values()) {
    const name = t.project ?? (names.length === 1 ? names[0]! : null);
    const list = name === null ? undefined : traced.get(name);
    if (list) list.push(t);
    else unassigned += t.count;
  }
  return { traced, unassigned };
}

/** The projects of base, head and history, grouped once and shared where unchanged. */
function versionsOf(input: PolicyInput) {
  const memo = new Map<string, Project>();
  const group = (v: PolicyVersion) => groupProjects(input.root, v.files, memo);
  const head = group(input.head);
  const base = input.base ? group(input.base) : head;
  const versions = input.history.map((v) => ({ ref: v.ref, projects: group(v) }));
  const last = versions.at(-1);
  if (!last || last.projects.length !== head.length || last.projects.some((p, i) => p !== head[i]))
    versions.push({ ref: input.head.ref, projects: head });
  const names = [
    ...new Set([...base, ...head, ...versions.flatMap((v) => v.projects)].map((p) => p.name)),
  ].sort();
  return { head, base, versions, names };
}

const byName = (ps: readonly Project[], name: string): Project | null =>
  ps.find((p) => p.name === name) ?? null;

function projectViews(
  v: ReturnType<typeof versionsOf>,
  traced: Map<string, TracedRequest[]>,
  table: DecisionTable,
): ProjectView[] {
  return v.names.map((name) => {
    const all = [
      ...v.versions.map((x) => byName(x.projects, name)),
      byName(v.base, name),
      byName(v.head, name),
    ];
    const probes = buildProbes(
      all.filter((p): p is Project => p !== null),
      traced.get(name)!,
    );
    const baseP = byName(v.base, name);
    const headP = byName(v.head, name);
    return {
      name,
      probes,
      baseP,
      headP,
      base: table.of(baseP, probes),
      head: table.of(headP, probes),
      history: {
        name,
        versions: v.versions.map((x) => byName(x.projects, name)),
        decisions: v.versions.map((x) => table.of(byName(x.projects, name), probes)),
      },
    };
  });
}

/** The per-rule diff of every project, each change with the files and the place of its rule. */
function diffOf(views: readonly ProjectView[]): PolicyAnalysis['diff'] {
  return views.flatMap((p) =>
    computeRuleDiff(p.baseP?.policy ?? EMPTY_POLICY, p.headP?.policy ?? EMPTY_POLICY).map((c) => ({
      ...c,
      project: p.name,
      files: [...new Set([...(p.baseP?.files ?? []), ...(p.headP?.files ?? [])])],
      where: { before: whereOf(p.baseP, c.kind, c.before), after: whereOf(p.headP, c.kind, c.after) },
    })),
  );
}

function contradictionsOf(input: PolicyInput, views: readonly ProjectView[], table: DecisionTable) {
  const headStatic = views.flatMap((p) => (p.headP ? staticContradictionsOf(p.headP, p.probes, table) : []));
  const baseKeys = new Set(
    input.base
      ? views
          .flatMap((p) => (p.baseP ? staticContradictionsOf(p.baseP, p.probes, table) : []))
          .map((c) => c.key)
      : headStatic.map((c) => c.key),
  );
  const introduced = headStatic.filter((c) => !baseKeys.has(c.key));
  return { headStatic, introduced, dynamic: dynamicContradictions(input.traces) };
}

/** Runs every signal over the input; deterministic: same input, same analysis. */
export function analyzePolicies(input: PolicyInput): PolicyAnalysis {
  const v = versionsOf(input);
  const { traced, unassigned } = assignTraces(input.traces, v.names);
  const table = new DecisionTable();
  const views = projectViews(v, traced, table);
  const diff = input.base ? diffOf(views) : [];
  const histories = views.map((p) => p.history);
  const commits = v.versions.map((x) => x.ref);
  const flips = flipFlops(histories, commits);
  const { headStatic, introduced, dynamic } = contradictionsOf(input, views, table);
  const replay = replayImpact(
    views.map((p) => ({ project: p.name, probes: p.probes, base: p.base, head: p.head })),
  );
  const federation = federatedDivergence(federationOf(views, table));
  const ranks = views.map((p) => ({ base: p.base.rank, head: p.head.rank }));
  const signals: Signal[] = [
    permissionCreep(ranks),
    restrictionCreep(ranks),
    ruleChurn(histories),
    flips.signal,
    overrideEscalation(input.traces),
    reviewerDisagreement(input.traces),
    volatility(histories),
    staticContradictions(headStatic, introduced.length),
    dynamic.signal,
    replay.signal,
    federation.signal,
  ];
  const score = computeDriftScore(signals);
  const vol = signals.find((s) => s.id === 'volatility')!.value;
  const riskInput = {
    drift: score,
    volatility: vol,
    stability: federation.stability,
    contradictions: headStatic.length + dynamic.found.length,
  };
  const { signal: _r, ...replayFacts } = replay;
  const { signal: _f, stability: _s, ...federationFacts } = federation;
  return {
    root: input.root,
    base: input.base?.ref ?? null,
    head: input.head.ref,
    projects: v.names,
    files: {
      base: input.base?.files.map((f) => f.path).sort() ?? [],
      head: input.head.files.map((f) => f.path).sort(),
    },
    changed: diff.length > 0,
    diff,
    signals,
    drift: { score, band: bandOf(score) },
    volatility: vol,
    stability: federation.stability,
    risk: { level: riskOf(riskInput), alarms: alarmsOf(riskInput) },
    contradictions: { static: headStatic, introduced, dynamic: dynamic.found },
    replay: replayFacts,
    federation: federationFacts,
    history: { commits, flipFlops: flips.rules },
    traces: { lines: input.traces.lines, bad: input.traces.bad, unassigned },
    probes: views.reduce((n, p) => n + p.probes.length, 0),
  };
}

/** Every head project decides the union of all projects' probes (deduplicated by request). */
function federationOf(
  perProject: ReadonlyArray<{ name: string; headP: Project | null; probes: readonly Probe[] }>,
  table: DecisionTable,
): Array<{ name: string; decisions: Decisions }> {
  const present = perProject.filter((p) => p.headP !== null);
  if (present.length < 2)
    return present.map((p) => ({ name: p.name, decisions: table.of(p.headP, p.probes) }));
  const union = new Map<string, Probe>();
  for (const p of present)
    for (const probe of p.probes) if (!union.has(probe.key)) union.set(probe.key, probe);
  const probes = [...union.values()];
  return present.map((p) => ({ name: p.name, decisions: table.of(p.headP, probes) }));
}
