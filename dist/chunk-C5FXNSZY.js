
// src/cli/io.ts
var EXIT = { passed: 0, failed: 1, error: 2 };
var UsageError = class extends Error {
};
var print = (text) => {
  process.stdout.write(text.endsWith("\n") ? text : `${text}
`);
};
var warn = (text) => {
  process.stderr.write(text.endsWith("\n") ? text : `${text}
`);
};
var printJson = (value, pretty = true) => print(pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value));

export {
  EXIT,
  UsageError,
  print,
  warn,
  printJson
};
