// Runs every check and test suite in order and ends with one summary line
// ("N passed, N failed"). Exit code 0 only when everything passed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.test-out';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

process.env.PLAYWRIGHT_JSON_OUTPUT_NAME = `${out}/playwright.json`;

const totals = { passed: 0, failed: 0 };
const failedSteps = [];

function step(name, cmd, args, count, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const counted = count ? count() : null;
  if (counted) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
  } else if (r.status === 0) totals.passed += 1;
  else totals.failed += 1;
  if (r.status !== 0) failedSteps.push(name);
  console.log(`=== ${name}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status})`} in ${secs}s`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
step('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}/vitest.json`], () => {
  const j = readJson(`${out}/vitest.json`);
  return j ? { passed: j.numPassedTests, failed: j.numFailedTests + (j.numTotalTestSuites && !j.success && !j.numFailedTests ? 1 : 0) } : null;
});
step('build chrome', 'npx', ['wxt', 'build']);
// The e2e builds are the shipped code plus a host permission: WXT would otherwise set
// NODE_ENV to the mode's name, and Vite would then build with the development JSX runtime.
const PRODUCTION = { NODE_ENV: 'production' };
step('build chrome (e2e)', 'npx', ['wxt', 'build', '--mode', 'e2e'], undefined, PRODUCTION);
step('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
step('build firefox (e2e)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], undefined, PRODUCTION);
step('web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted']);
step('bundle budgets', 'npx', ['tsx', 'scripts/check-budgets.ts']);
step('e2e chromium (playwright)', 'npx', ['playwright', 'test', '--reporter=list,json'], () => {
  const j = readJson(`${out}/playwright.json`);
  if (!j) return null;
  return { passed: j.stats.expected + j.stats.flaky, failed: j.stats.unexpected };
});
if (existsSync('tests/firefox/run.mjs')) step('e2e firefox (puppeteer)', 'npx', ['tsx', 'tests/firefox/run.mjs']);

console.log(`\nFailed steps: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
