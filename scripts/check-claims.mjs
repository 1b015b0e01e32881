#!/usr/bin/env node
// Runs the claims pipeline over the site without building it, and prints every problem
// as file:line:col — the same checks the build runs, in a second or two.
import path from 'node:path';
import createJiti from 'jiti';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const jiti = createJiti(import.meta.url.replace('file://', ''), { interopDefault: true });
const { runPipeline } = jiti(path.join(root, 'src/plugins/claims/pipeline.ts'));
const { formatProblems } = jiti(path.join(root, 'src/plugins/claims/validate.ts'));
const { lookup } = jiti(path.join(root, 'src/plugins/claims/index.ts'));
const res = runPipeline(root, lookup);
const claims = res.claims.filter((c) => c.locale === 'en').length;
if (res.problems.length) {
  console.log(formatProblems(res.problems, root));
  console.log(`${res.problems.length} problem(s); ${claims} English claims read`);
  process.exit(1);
}
console.log(`claims graph OK: ${claims} claims per locale, ${res.collected.refs.length} references, ${res.collected.anchors.length} anchors`);
