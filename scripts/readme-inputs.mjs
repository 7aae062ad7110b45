// Generates the inputs/outputs tables of README.md from action.yml.
//   node scripts/readme-inputs.mjs --write   rewrite README.md
//   node scripts/readme-inputs.mjs --check   exit 1 when README.md is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const START = '<!-- action-tables:start (generated from action.yml by npm run docs) -->';
const END = '<!-- action-tables:end -->';

/** The tables as Markdown. */
export function renderActionTables(actionYaml) {
  const action = parse(actionYaml);
  const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();
  const lines = ['### Inputs', '', '| input | default | meaning |', '|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs)) {
    const m = /^(.*?)\s*Default: (.*?)\.?$/s.exec(input.description);
    const meaning = m ? m[1] : input.description;
    const def = m ? m[2] : '';
    lines.push(`| \`${name}\` | ${cell(def)} | ${cell(meaning)} |`);
  }
  lines.push('', '### Outputs', '', '| output | meaning |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs))
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  return `${START}\n${lines.join('\n')}\n${END}`;
}

/** README text with its generated block replaced. */
export function updateReadme(readme, actionYaml) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < 0) throw new Error(`README.md: markers ${START} … ${END} not found`);
  return readme.slice(0, from) + renderActionTables(actionYaml) + readme.slice(to + END.length);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const root = new URL('../', import.meta.url);
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const next = updateReadme(readme, readFileSync(new URL('action.yml', root), 'utf8'));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the inputs/outputs tables differ from action.yml; run `npm run docs`');
      process.exit(1);
    }
  } else if (process.argv.includes('--write')) {
    writeFileSync(new URL('README.md', root), next);
  }
}
