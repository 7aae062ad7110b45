// Prints how the tests stage classifies every recorded runner case (a developer's view of what
// test/core/tests/corpus.test.ts asserts).
//   node scripts/score-corpus.mjs          the cases classified otherwise than labelled
//   node scripts/score-corpus.mjs TEXT     every case whose name holds TEXT, with its findings
import { importTs } from './import-ts.mjs';

const { scoreCorpus } = await importTs(['test/helpers/corpus.ts']);
const scored = scoreCorpus();
const only = process.argv[2];
for (const c of scored) {
  if (only ? !c.name.includes(only) : c.right) continue;
  console.log(`${c.right ? 'ok ' : 'BAD'} ${c.name} [${c.family}] labelled ${c.expected}, got ${c.got}`);
  for (const f of c.findings) console.log(`      ${f.classification} ${f.code}: ${f.message.slice(0, 240)}`);
}
console.log(`${scored.filter((c) => c.right).length}/${scored.length} classified as labelled`);
