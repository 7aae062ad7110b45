import { RULE_KINDS, type RuleKind, type Policy, type Rule } from './model.js';

/** One parsed policy file; `key` identifies its content (a git blob id or a content hash). */
export interface PolicyFile {
  path: string;
  key: string;
  policy: Policy;
}

/**
 * One project of the federation (SPEC §7): a policy file directly under the policies root, or a
 * folder directly under it with all its files. A folder's files are read in path order: rules
 * concatenated, defaults from its first file.
 */
export interface Project {
  name: string;
  /** Identifies the project's content: its files' paths and keys. */
  key: string;
  files: string[];
  policy: Policy;
  /** Per kind, the index in `files` each rule of `policy` comes from. */
  origin: Record<RuleKind, number[]>;
  /** Defaults of the files after the first, where they differ from the first's. */
  otherDefaults: Array<{ file: string; kind: RuleKind; mode: Policy['defaultCommandBehavior'] }>;
}

/** A policy with no file: every request is decided by the default of SPEC §7 (review). */
export const EMPTY_POLICY: Policy = {
  version: 0,
  defaultCommandBehavior: 'review',
  defaultWriteBehavior: 'review',
  commands: [],
  fileWrites: [],
  sessions: [],
};

/** The folder the policies live in: the literal part of the first policies glob, up to its last `/`. */
export function policyRoot(globs: readonly string[]): string {
  const g = globs[0] ?? '';
  const at = g.search(/[*?[\]{}()!]/);
  const literal = at < 0 ? g : g.slice(0, at);
  const slash = literal.lastIndexOf('/');
  return slash < 0 ? '' : literal.slice(0, slash);
}

/** The project a policy file belongs to: its folder directly under the root, else its name without extension. */
export function projectOf(root: string, path: string): string {
  const rel = root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
  const slash = rel.indexOf('/');
  return slash >= 0 ? rel.slice(0, slash) : rel.replace(/\.(json|ya?ml)$/i, '');
}

/**
 * Groups files into projects, sorted by name. `memo` (by content key) lets versions of a history
 * share the very same Project when nothing in it changed, so its decisions are computed once.
 */
export function groupProjects(
  root: string,
  files: readonly PolicyFile[],
  memo?: Map<string, Project>,
): Project[] {
  const groups = new Map<string, PolicyFile[]>();
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const name = projectOf(root, f.path);
    const g = groups.get(name);
    if (g) g.push(f);
    else groups.set(name, [f]);
  }
  return [...groups.keys()].sort().map((name) => {
    const group = groups.get(name)!;
    const key = `${name}\u0000${group.map((f) => `${f.path}\u0000${f.key}`).join('\u0000')}`;
    const known = memo?.get(key);
    if (known) return known;
    const project = merge(name, key, group);
    memo?.set(key, project);
    return project;
  });
}

function merge(name: string, key: string, group: readonly PolicyFile[]): Project {
  const first = group[0]!.policy;
  const origin: Record<RuleKind, number[]> = { commands: [], fileWrites: [], sessions: [] };
  const rules: Record<RuleKind, Rule[]> = { commands: [], fileWrites: [], sessions: [] };
  const otherDefaults: Project['otherDefaults'] = [];
  group.forEach((f, i) => {
    for (const kind of RULE_KINDS) {
      rules[kind].push(...f.policy[kind]);
      origin[kind].push(...f.policy[kind].map(() => i));
    }
    if (i === 0) return;
    if (f.policy.defaultCommandBehavior !== first.defaultCommandBehavior)
      otherDefaults.push({ file: f.path, kind: 'commands', mode: f.policy.defaultCommandBehavior });
    if (f.policy.defaultWriteBehavior !== first.defaultWriteBehavior)
      otherDefaults.push({ file: f.path, kind: 'fileWrites', mode: f.policy.defaultWriteBehavior });
  });
  return {
    name,
    key,
    files: group.map((f) => f.path),
    policy: { ...first, ...rules },
    origin,
    otherDefaults,
  };
}
