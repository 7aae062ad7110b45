
// src/adapters/git-hardening.ts
const { createHash } = process.getBuiltinModule("node:crypto");
const { join } = process.getBuiltinModule("node:path");

// src/adapters/lazy-fs.ts
var fsPromises = () => process.getBuiltinModule("node:fs/promises");

// src/adapters/git-hardening.ts
var HARDENED = [
  ["core.hooksPath", "/dev/null"],
  ["core.fsmonitor", "false"],
  ["commit.gpgSign", "false"],
  ["tag.gpgSign", "false"],
  ["core.sshCommand", "ssh"],
  ["protocol.ext.allow", "never"]
];
function hardenGitEnvironment(env = process.env) {
  const start = Number.parseInt(env.GIT_CONFIG_COUNT ?? "0", 10) || 0;
  const already = Array.from({ length: start }, (_, i) => env[`GIT_CONFIG_KEY_${i}`]);
  if (HARDENED.every(([key], i) => already[start - HARDENED.length + i] === key)) return;
  HARDENED.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = key;
    env[`GIT_CONFIG_VALUE_${start + i}`] = value;
  });
  env.GIT_CONFIG_COUNT = String(start + HARDENED.length);
}
async function readGitFingerprint(root) {
  const hash = createHash("sha256");
  const add = async (path) => {
    try {
      hash.update(path).update("\0").update(await fsPromises().readFile(join(root, path))).update("\0");
    } catch (e) {
      hash.update(path).update(`\0${e.code ?? "error"}\0`);
    }
  };
  await add(".git/config");
  let hooks = [];
  try {
    hooks = (await fsPromises().readdir(join(root, ".git/hooks"))).filter((h) => !h.endsWith(".sample")).sort();
  } catch {
  }
  for (const h of hooks) await add(`.git/hooks/${h}`);
  return hash.digest("hex");
}

export {
  fsPromises,
  hardenGitEnvironment,
  readGitFingerprint
};
