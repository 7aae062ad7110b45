import type { DecisionTable } from '../decisions.js';
import { effectAt, kindOf, matchingRules } from '../evaluate.js';
import { RULE_KINDS, ruleId, type Rule, type RuleKind } from '../model.js';
import type { Probe } from '../probes.js';
import type { Project } from '../project.js';
import { CONTRADICTIONS_SATURATE, makeSignal, type Signal } from './signal.js';

/** Two effects for one request where the order rule of SPEC §7 picks neither on purpose. */
export interface StaticContradiction {
  /** Stable identity (project, type, rules): "introduced" compares these between base and head. */
  key: string;
  project: string;
  type: 'same-id' | 'across-files' | 'same-context' | 'defaults';
  kind: RuleKind;
  /** Rule ids involved (or the default's name). */
  rules: string[];
  files: string[];
  /** The effects in conflict. */
  effects: string[];
  /** A request showing it, for the across-files case. */
  example: string | null;
}

const effectText = (r: Rule): string =>
  [r.mode, ...(r.contexts ?? []).map((c) => `${JSON.stringify(c.when)}→${c.overrideMode}`)].join(' ');

type Add = (c: Omit<StaticContradiction, 'key'>) => void;

const fileOfRule = (project: Project, kind: RuleKind, i: number): string =>
  project.files[project.origin[kind][i]!]!;

/** same-id and same-context contradictions of the rules of each kind. */
function ruleContradictions(project: Project, add: Add): void {
  const fileOf = (kind: RuleKind, i: number) => fileOfRule(project, kind, i);
  for (const kind of RULE_KINDS) {
    const rules = project.policy[kind];
    const byId = new Map<string, number[]>();
    rules.forEach((r, i) => {
      const id = ruleId(kind, r);
      byId.set(id, [...(byId.get(id) ?? []), i]);
      const seen = new Map<string, string>();
      for (const c of r.contexts ?? []) {
        const when = JSON.stringify(Object.entries(c.when).sort());
        const other = seen.get(when);
        if (other !== undefined && other !== c.overrideMode)
          add({
            project: project.name,
            type: 'same-context',
            kind,
            rules: [id],
            files: [fileOf(kind, i)],
            effects: [other, c.overrideMode],
            example: when,
          });
        if (other === undefined) seen.set(when, c.overrideMode);
      }
    });
    for (const [id, at] of byId) {
      const effects = [...new Set(at.map((i) => effectText(rules[i]!)))];
      if (effects.length > 1)
        add({
          project: project.name,
          type: 'same-id',
          kind,
          rules: [id],
          files: [...new Set(at.map((i) => fileOf(kind, i)))],
          effects,
          example: null,
        });
    }
  }
}

/** Files of one project with different defaults. */
function defaultContradictions(project: Project, add: Add): void {
  for (const d of project.otherDefaults) {
    const first =
      d.kind === 'commands' ? project.policy.defaultCommandBehavior : project.policy.defaultWriteBehavior;
    add({
      project: project.name,
      type: 'defaults',
      kind: d.kind,
      rules: [d.kind === 'commands' ? 'defaultCommandBehavior' : 'defaultWriteBehavior'],
      files: [project.files[0]!, d.file],
      effects: [first, d.mode],
      example: null,
    });
  }
}

/** In a folder project, files whose own deciding rules give one probe different effects. */
function acrossFiles(project: Project, probes: readonly Probe[], table: DecisionTable, add: Add): void {
  const fileOf = (kind: RuleKind, i: number) => fileOfRule(project, kind, i);
  if (project.files.length < 2) return;
  const compiled = table.compile(project);
  for (const probe of probes) {
    const kind = kindOf(probe.request.action);
    const c = compiled[kind];
    const lastPerFile = new Map<number, number>();
    // Per file, the rule that file alone would pick: the highest priority, the later among equals.
    for (const i of matchingRules(c, probe.request.target)) {
      const file = project.origin[kind][i]!;
      const held = lastPerFile.get(file);
      if (held === undefined || c.priority[i]! >= c.priority[held]!) lastPerFile.set(file, i);
    }
    if (lastPerFile.size < 2) continue;
    const decided = [...lastPerFile.values()].map((i) => ({
      i,
      decision: effectAt(c, i, probe.request).decision,
    }));
    for (let a = 0; a < decided.length; a++)
      for (let b = a + 1; b < decided.length; b++) {
        if (decided[a]!.decision === decided[b]!.decision) continue;
        const pair = [decided[a]!, decided[b]!].sort((x, y) => (c.ids[x.i]! < c.ids[y.i]! ? -1 : 1));
        add({
          project: project.name,
          type: 'across-files',
          kind,
          rules: pair.map((x) => c.ids[x.i]!),
          files: pair.map((x) => fileOf(kind, x.i)),
          effects: pair.map((x) => x.decision),
          example: probe.request.target,
        });
      }
  }
}

/**
 * The contradictions of one project:
 * - same-id: two rules with one identity (id, else kind:pattern) and different effects;
 * - across-files: in a folder project, two files whose own last matching rules give one probe
 *   different effects (which file comes first is an accident of names, not an intent);
 * - same-context: one rule with two contexts testing the same facts with different overrides;
 * - defaults: files of one project with different defaults.
 * Probes are looked up through the rule index, never by comparing every pair of rules.
 */
export function staticContradictionsOf(
  project: Project,
  probes: readonly Probe[],
  table: DecisionTable,
): StaticContradiction[] {
  const out = new Map<string, StaticContradiction>();
  const add: Add = (c) => {
    const key = [c.project, c.type, c.kind, ...c.rules].join('\u0000');
    if (!out.has(key)) out.set(key, { key, ...c });
  };
  ruleContradictions(project, add);
  defaultContradictions(project, add);
  acrossFiles(project, probes, table, add);
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Static contradictions at head: intensity min(1, k / 5); confidence 1 (the policy is read whole). */
export function staticContradictions(found: readonly StaticContradiction[], introduced: number): Signal {
  return makeSignal(
    'static-contradictions',
    Math.min(1, found.length / CONTRADICTIONS_SATURATE),
    1,
    `${found.length} static contradictions at head, ${introduced} of them new since base`,
  );
}
