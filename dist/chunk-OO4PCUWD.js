import {
  normalizeRelative,
  unsafePathReason
} from "./chunk-HVE4N3UZ.js";
import {
  computeAbsentBaselineFindings,
  displayName,
  hashIs,
  manifestRejection,
  parseManifest
} from "./chunk-PTAWZGJY.js";
import {
  PLAIN,
  PLAIN_EXECUTABLE,
  digestHex,
  modeOf,
  observationAt
} from "./chunk-AFRBU7WO.js";
import {
  maxClassification,
  sha256Hex
} from "./chunk-STYDF6KF.js";

// src/core/classify.ts
function classify(findings) {
  return findings.reduce((acc, f) => maxClassification(acc, f.classification), "STABLE");
}
function computeFails(classification, failOn, context = { pullRequest: false, testsPassed: null }) {
  if (classification === "INCIDENT" || classification === "PRODUCT_DRIFT") return true;
  if (classification !== "TOOLING_DRIFT") return false;
  if (failOn === "TOOLING_DRIFT") return true;
  return context.pullRequest && context.testsPassed === false;
}
var isPullRequestEvent = (eventName) => eventName === "pull_request" || eventName === "pull_request_target";

// src/core/seal/verify.ts
const { Buffer } = process.getBuiltinModule("node:buffer");
var VerifiedEntry = class {
  constructor(table, index) {
    this.table = table;
    this.index = index;
  }
  get status() {
    return "OK";
  }
  get line() {
    return this.table.line(this.index);
  }
  get path() {
    return this.table.display(this.index);
  }
  toJSON() {
    return { line: this.line, path: this.path, status: this.status };
  }
};
var utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
function corruptFinding(path, where, reason, lines) {
  return {
    code: "BASELINE_CORRUPT",
    stage: "seal",
    classification: "INCIDENT",
    message: `${where} ${path} is rejected by sha256sum -c --strict: ${reason}`,
    evidence: { paths: [path], lines }
  };
}
function planSeal(manifestPath, tree, baseline, baselineRef, accepted = /* @__PURE__ */ new Set()) {
  const findings = [];
  const parse = (bytes, where) => {
    const m = parseManifest(bytes);
    const rejection = manifestRejection(m);
    if (rejection === null) return m;
    findings.push(
      corruptFinding(
        manifestPath,
        where,
        rejection,
        m.errors.map((e) => e.line)
      )
    );
    return null;
  };
  const treeManifest = tree.state === "present" ? parse(tree.bytes, "the manifest") : null;
  if (tree.state === "unreadable") {
    findings.push({
      code: "BASELINE_CORRUPT",
      stage: "seal",
      classification: "INCIDENT",
      message: `the manifest ${manifestPath} cannot be read: ${tree.error}`,
      evidence: { paths: [manifestPath], detail: tree.error }
    });
  }
  let authoritative = "none";
  let manifest = null;
  const treeAccepted = tree.state === "present" && accepted.size > 0 && accepted.has(sha256Hex(tree.bytes));
  if (treeAccepted && baseline.state === "present" && treeManifest) {
    manifest = treeManifest;
    authoritative = "tree";
    findings.push({
      code: "BASELINE_ACCEPTED",
      stage: "seal",
      classification: "STABLE",
      message: `${manifestPath} differs from ${baselineRef ?? "baseline-ref"} but an architect accepted it as the new baseline`,
      evidence: {
        paths: [manifestPath],
        detail: describeManifestDiff(baseline.bytes, tree.bytes)
      }
    });
  } else if (baseline.state === "present") {
    manifest = parse(baseline.bytes, `the manifest at ${baselineRef ?? "baseline-ref"} of`);
    authoritative = "baseline-ref";
    findings.push(...compareWithBaseline(manifestPath, tree, baseline.bytes, baselineRef));
  } else if (tree.state === "present") {
    manifest = treeManifest;
    authoritative = "tree";
    findings.push(...unsealedNotices(manifestPath, baseline, baselineRef, true));
  } else if (tree.state === "absent") {
    findings.push(...unsealedNotices(manifestPath, baseline, baselineRef, false));
  }
  const table = (manifest ?? parseManifest(new Uint8Array(0))).table;
  const all = table.packNames();
  const refused = /* @__PURE__ */ new Set();
  const verdicts = [];
  const dots = Buffer.from(all.bytes.buffer, all.bytes.byteOffset, all.bytes.length).includes("..");
  for (let i = 0; i < table.length; i++) {
    const start = all.starts[i];
    const end = all.ends[i];
    if (!dots && (end === start || all.bytes[start] !== 47)) continue;
    const reason = unsafePathReason(all.bytes, start, end);
    if (reason === null) continue;
    const entry = table.entry(i);
    refused.add(i);
    verdicts.push({ line: entry.line, path: entry.display, status: "REFUSED" });
    findings.push({
      code: "PATH_ESCAPES_WORKSPACE",
      stage: "seal",
      classification: "INCIDENT",
      message: `${manifestPath} line ${entry.line} names ${entry.display}, outside the workspace (${reason}); it was not read`,
      evidence: { paths: [entry.display], lines: [entry.line], detail: reason }
    });
  }
  const toObserve = refused.size === 0 ? table : table.without(refused);
  const names = refused.size === 0 ? all : toObserve.packNames();
  return { authoritative, manifest, toObserve, names, findings, verdicts };
}
function unsealedNotices(manifestPath, baseline, baselineRef, inTree) {
  if (baseline.state === "unreadable") {
    return [
      {
        code: "BASELINE_REF_UNREADABLE",
        stage: "seal",
        classification: "INCIDENT",
        message: `the manifest at ${baselineRef} cannot be read, so the baseline cannot be proven unchanged: ${baseline.error}`,
        evidence: {
          paths: [manifestPath],
          commits: baselineRef ? [baselineRef] : [],
          detail: baseline.error
        }
      }
    ];
  }
  if (inTree) {
    if (baseline.state === "no-ref") return [];
    return [
      {
        code: "BASELINE_INTRODUCED",
        stage: "seal",
        classification: "STABLE",
        message: `${manifestPath} is new since ${baselineRef}: this change introduces the seal; it is verified as written`,
        evidence: { paths: [manifestPath], commits: baselineRef ? [baselineRef] : [] }
      }
    ];
  }
  return [
    {
      code: "NOT_SEALED",
      stage: "seal",
      classification: "STABLE",
      message: `the repository is not sealed yet: no ${manifestPath}${baselineRef ? ` here or at ${baselineRef}` : ""} (run \`driftgate seal\`)`,
      evidence: { paths: [manifestPath] }
    }
  ];
}
function compareWithBaseline(manifestPath, tree, baselineBytes, baselineRef) {
  const commits = baselineRef ? [baselineRef] : [];
  if (tree.state === "absent") {
    return [
      {
        code: "BASELINE_REMOVED",
        stage: "seal",
        classification: "INCIDENT",
        message: `the sealed manifest ${manifestPath} exists at ${baselineRef} and is gone now`,
        evidence: { paths: [manifestPath], commits }
      }
    ];
  }
  if (tree.state !== "present" || bytesEqual(tree.bytes, baselineBytes)) return [];
  return [
    {
      code: "BASELINE_MODIFIED",
      stage: "seal",
      classification: "INCIDENT",
      message: `the sealed manifest ${manifestPath} differs from its copy at ${baselineRef}`,
      evidence: { paths: [manifestPath], commits, detail: describeManifestDiff(baselineBytes, tree.bytes) }
    }
  ];
}
function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
var DIFF_NAMES_SHOWN = 20;
function describeManifestDiff(before, after) {
  const index = (m) => new Map(m.entries.map((e) => [e.display, e.hash]));
  const a = index(parseManifest(before));
  const b = index(parseManifest(after));
  const parts = [];
  const added = [...b.keys()].filter((k) => !a.has(k));
  const removed = [...a.keys()].filter((k) => !b.has(k));
  const changed = [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k));
  const list = (names) => names.length <= DIFF_NAMES_SHOWN ? names.join(", ") : `${names.slice(0, DIFF_NAMES_SHOWN).join(", ")} and ${names.length - DIFF_NAMES_SHOWN} more`;
  if (added.length) parts.push(`added: ${list(added)}`);
  if (removed.length) parts.push(`removed: ${list(removed)}`);
  if (changed.length) parts.push(`re-hashed: ${list(changed)}`);
  return parts.length ? parts.join("; ") : "the entries are the same; formatting, comments or order differ";
}
var displayPath = (path) => displayName(new TextEncoder().encode(path));
var TARGET_WORDS = {
  file: "a file inside the workspace",
  folder: "a folder inside the workspace",
  outside: "a place outside the workspace (not followed)",
  dangling: "nothing (a dangling link)",
  other: "something that is not a regular file"
};
function computeSealFindings(input) {
  const { plan, manifestPath } = input;
  const tally = {
    findings: [...plan.findings],
    verdicts: [...plan.verdicts],
    linked: /* @__PURE__ */ new Set(),
    linkedFolders: /* @__PURE__ */ new Map()
  };
  const { observations, baselineModes } = input;
  if (observations.length !== plan.toObserve.length)
    throw new Error(`internal: ${observations.length} observations of ${plan.toObserve.length} entries`);
  const { kinds, digests } = observations;
  const table = plan.toObserve;
  for (let i = 0; i < table.length; i++) {
    const kind = kinds[i];
    if (kind === PLAIN || kind === PLAIN_EXECUTABLE) {
      if (table.digestIs(i, digests, i * 32)) tally.verdicts.push(new VerifiedEntry(table, i));
      else modified(table.entry(i), digestHex(digests, i * 32), manifestPath, tally);
      if (baselineModes !== null) {
        const now = kind === PLAIN_EXECUTABLE ? "100755" : "100644";
        const was = baselineModes.get(normalizeRelative(utf8.decode(table.name(i))));
        if (was !== void 0 && was !== now) modeChanged(table.entry(i), was, now, manifestPath, tally);
      }
      continue;
    }
    const entry = table.entry(i);
    const o = observationAt(observations, i);
    if (o.state !== "ok") {
      judgeAbsent(entry, o, manifestPath, tally);
      continue;
    }
    if (hashIs(entry, o.sha256)) tally.verdicts.push(new VerifiedEntry(table, i));
    else modified(entry, o.sha256, manifestPath, tally);
    judgeKind(entry, o, baselineModes, manifestPath, tally);
  }
  tally.findings.push(...computeLinkFindings(input, tally), ...computeUnexpectedFindings(input));
  if (!inLineOrder(tally.verdicts)) tally.verdicts.sort((a, b) => a.line - b.line);
  return {
    findings: tally.findings,
    verdicts: tally.verdicts,
    authoritative: plan.authoritative,
    entries: plan.manifest?.table.length ?? 0
  };
}
function inLineOrder(verdicts) {
  for (let i = 1; i < verdicts.length; i++) if (verdicts[i - 1].line > verdicts[i].line) return false;
  return true;
}
var whereOf = (entry, manifestPath) => `${entry.display} (${manifestPath} line ${entry.line})`;
var baseOf = (entry) => ({
  paths: [entry.display],
  lines: [entry.line]
});
function judgeAbsent(entry, o, manifestPath, tally) {
  const where = whereOf(entry, manifestPath);
  const status = o.state === "escapes" ? "REFUSED" : "FAILED open or read";
  tally.verdicts.push({ line: entry.line, path: entry.display, status });
  const common = { stage: "seal", classification: "INCIDENT" };
  if (o.state === "escapes")
    tally.findings.push({
      ...common,
      code: "PATH_ESCAPES_WORKSPACE",
      message: `${where} leads outside the workspace (${o.detail}); it was not read`,
      evidence: { ...baseOf(entry), detail: o.detail }
    });
  else if (o.state === "missing")
    tally.findings.push({
      ...common,
      code: "SEALED_MISSING",
      message: `sealed file ${where} is missing`,
      evidence: { ...baseOf(entry), expected: entry.hash }
    });
  else
    tally.findings.push({
      ...common,
      code: "SEALED_UNREADABLE",
      message: `sealed file ${where} cannot be read (${o.error}); unverifiable counts as changed`,
      evidence: { ...baseOf(entry), expected: entry.hash, detail: o.error }
    });
}
function modified(entry, sha256, manifestPath, tally) {
  tally.verdicts.push({ line: entry.line, path: entry.display, status: "FAILED" });
  tally.findings.push({
    code: "SEALED_MODIFIED",
    stage: "seal",
    classification: "INCIDENT",
    message: `sealed file ${whereOf(entry, manifestPath)} was modified`,
    evidence: { ...baseOf(entry), expected: entry.hash, actual: sha256 }
  });
}
function judgeKind(entry, o, baselineModes, manifestPath, tally) {
  const normalized = normalizeRelative(utf8.decode(entry.name));
  const was = baselineModes?.get(normalized);
  const now = modeOf(o);
  if (!o.symlink && o.linkedFolder === null) {
    if (was !== void 0 && was !== now) modeChanged(entry, was, now, manifestPath, tally);
    return;
  }
  if (o.symlink) {
    tally.linked.add(normalized);
    tally.findings.push({
      code: "SEALED_SYMLINK",
      stage: "seal",
      classification: "INCIDENT",
      message: `sealed file ${whereOf(entry, manifestPath)} is a symbolic link${was !== void 0 && was !== now ? ` (it was mode ${was})` : ""}; a link under the seal is tampering even when it stays inside the workspace`,
      evidence: { ...baseOf(entry), detail: was !== void 0 ? `${was} -> ${now}` : "symbolic link" }
    });
  } else if (o.linkedFolder !== null) {
    const paths = tally.linkedFolders.get(o.linkedFolder) ?? [];
    paths.push({ path: entry.display, line: entry.line });
    tally.linkedFolders.set(o.linkedFolder, paths);
  }
}
function modeChanged(entry, was, now, manifestPath, tally) {
  tally.findings.push({
    code: "SEALED_MODE_CHANGED",
    stage: "seal",
    classification: "INCIDENT",
    message: `sealed file ${whereOf(entry, manifestPath)} changed mode from ${was} to ${now}`,
    evidence: { ...baseOf(entry), detail: `${was} -> ${now}` }
  });
}
function computeLinkFindings(input, tally) {
  const findings = [];
  for (const [folder, entries] of tally.linkedFolders) {
    tally.linked.add(folder);
    findings.push({
      code: "SEALED_SYMLINK",
      stage: "seal",
      classification: "INCIDENT",
      message: `the folder ${folder} holding sealed files (${entries.length === 1 ? entries[0].path : `${entries.length} entries of ${input.manifestPath}`}) is a symbolic link; a sealed folder swapped for a link is tampering even when it stays inside the workspace`,
      evidence: {
        paths: [folder, ...entries.map((e) => e.path)],
        lines: entries.map((e) => e.line),
        detail: "folder replaced by a symbolic link"
      }
    });
  }
  for (const link of input.sealedLinks ?? []) {
    if (tally.linked.has(link.path)) continue;
    findings.push({
      code: "SEALED_SYMLINK",
      stage: "seal",
      classification: "INCIDENT",
      message: `${displayPath(link.path)} is a symbolic link under the sealed globs, to ${TARGET_WORDS[link.target]}; links are never sealed`,
      evidence: { paths: [displayPath(link.path)], detail: `symbolic link to ${link.target}` }
    });
  }
  return findings;
}
function computeUnexpectedFindings(input) {
  const { plan, manifestPath } = input;
  if (!input.sealedMatches || !plan.manifest) return [];
  const { table } = plan.manifest;
  const listed = new Set(
    Array.from({ length: table.length }, (_, i) => normalizeRelative(utf8.decode(table.name(i))))
  );
  const unexpected = input.sealedMatches.map(normalizeRelative).filter((p) => !listed.has(p));
  return unexpected.sort().map((path) => ({
    code: "SEALED_UNEXPECTED",
    stage: "seal",
    classification: "INCIDENT",
    message: `${displayPath(path)} matches the sealed globs but ${manifestPath} does not list it`,
    evidence: { paths: [displayPath(path)] }
  }));
}

// src/stages/seal.ts
async function observeSeal(input, ports) {
  const { workspace, git } = ports;
  const tree = await workspace.readFile(input.manifest);
  if (tree.state === "present") workspace.prepareObserve(Math.floor(tree.bytes.length / 67));
  let baseline = { state: "no-ref" };
  if (input.baselineRef && git) {
    try {
      const bytes = await git.readFileAt(input.baselineRef, input.manifest);
      baseline = bytes ? { state: "present", bytes } : { state: "absent" };
    } catch (e) {
      baseline = { state: "unreadable", error: e.message.split("\n")[0] ?? String(e) };
    }
  }
  const plan = planSeal(input.manifest, tree, baseline, input.baselineRef, input.accepted);
  const observations = await workspace.observe(plan.names);
  const sealedMatches = input.sealed.length > 0 ? await workspace.glob(input.sealed) : null;
  const sealedLinks = input.sealed.length > 0 ? await workspace.sealedLinks(input.sealed) : null;
  let baselineModes = null;
  if (input.baselineRef && git && baseline.state === "present") {
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const table = plan.toObserve;
    baselineModes = await git.modesAt(
      input.baselineRef,
      Array.from({ length: table.length }, (_, i) => decoder.decode(table.name(i)).replace(/^(\.\/)+/, ""))
    );
  }
  const result = computeSealFindings({
    manifestPath: input.manifest,
    plan,
    observations,
    sealedMatches,
    baselineModes,
    sealedLinks
  });
  const authoritativeBytes = plan.authoritative === "baseline-ref" && baseline.state === "present" ? baseline.bytes : tree.state === "present" ? tree.bytes : null;
  const treeManifestSha256 = tree.state === "present" ? sha256Hex(tree.bytes) : null;
  return {
    ...result,
    manifestSha256: authoritativeBytes === null ? null : tree.state === "present" && authoritativeBytes === tree.bytes ? treeManifestSha256 : sha256Hex(authoritativeBytes),
    treeManifestSha256
  };
}
async function runVerify(settings, ports) {
  const baselineRef = await resolveBaselineRef(settings["baseline-ref"], ports.git);
  const seal = await observeSeal(
    { manifest: settings.baseline, sealed: settings.sealed, baselineRef },
    ports
  );
  const findings = [...computeAbsentBaselineFindings(settings, seal), ...seal.findings];
  return { classification: classify(findings), seal: { ...seal, findings } };
}
async function resolveBaselineRef(ref, git) {
  if (!ref) return null;
  if (!git) throw new Error(`baseline-ref ${ref} was given but the workspace is not a git repository`);
  return git.ensureCommit(ref);
}

export {
  classify,
  computeFails,
  isPullRequestEvent,
  observeSeal,
  runVerify,
  resolveBaselineRef
};
