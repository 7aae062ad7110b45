// Fails when the committed dist/ differs from a fresh `npm run bundle` (what CI checks).
import { execFileSync } from 'node:child_process';

execFileSync('npm', ['run', '-s', 'bundle'], { stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (status.trim()) {
  console.error(`dist/ is stale: commit the output of \`npm run bundle\`.\n${status}`);
  process.exit(1);
}
console.log('dist/ is fresh');
