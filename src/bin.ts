import { runCli } from './cli/main.js';

// runCli catches what its command throws and turns it into the exit code. No top-level await: the
// bundle is CommonJS, which has none.
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
