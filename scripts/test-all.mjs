#!/usr/bin/env node
// Runs every check of the project in order and ends with one summary line.
// `npm test` = type check, lint, unit tests, broken-input builds, a production build of
// both locales, and browser tests in headless Chromium against that build.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outDir = path.join(root, 'test-results');
fs.mkdirSync(outDir, { recursive: true });
const only = process.argv.slice(2);

const npx = (bin, args) => [process.execPath, [path.join(root, 'node_modules', '.bin', bin), ...args]];
const vitest = (name, config) => {
  const json = path.join(outDir, `${name}.json`);
  return { cmd: npx('vitest', ['run', ...(config ? ['-c', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]), json };
};

/** Each step: a command, and either a vitest JSON report to count tests from or one check. */
const steps = [
  { name: 'typecheck', cmd: npx('tsc', ['--noEmit']) },
  { name: 'lint', cmd: npx('eslint', ['.']) },
  { name: 'unit', ...vitest('unit') },
  { name: 'broken-input', ...vitest('broken-input', 'tests/vitest.build.config.ts') },
  { name: 'build', cmd: [process.execPath, [path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build']] },
  { name: 'browser', ...vitest('browser', 'tests/vitest.browser.config.ts') },
].filter((s) => !only.length || only.includes(s.name));

let passed = 0;
let failed = 0;
const lines = [];
for (const step of steps) {
  const started = Date.now();
  console.log(`\n━━ ${step.name} ━━`);
  if (step.json) fs.rmSync(step.json, { force: true });
  // Node scripts run directly (not through npx) so that nothing is fetched from the network.
  const [bin, args] = step.cmd;
  const res = spawnSync(bin, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  let p = 0;
  let f = 0;
  if (step.json && fs.existsSync(step.json)) {
    const report = JSON.parse(fs.readFileSync(step.json, 'utf8'));
    p = report.numPassedTests;
    f = report.numFailedTests + (res.status !== 0 && report.numFailedTests === 0 ? 1 : 0);
    if (report.numTotalTests === 0) f += 1; // a suite that ran nothing is a failure, not a pass
  } else if (res.status === 0) p = 1;
  else f = 1;
  passed += p;
  failed += f;
  lines.push(`${res.status === 0 && f === 0 ? 'ok  ' : 'FAIL'} ${step.name.padEnd(13)} ${String(p).padStart(4)} passed ${String(f).padStart(3)} failed  ${secs}s`);
  if (res.status !== 0 && step.name === 'build') {
    lines.push('     (browser tests need the build; stopping here)');
    break;
  }
}
console.log(`\n━━ summary ━━\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
