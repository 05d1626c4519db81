import { defineConfig } from '@playwright/test';

// Extension tests share one Chromium profile per test file; the build under test is
// .output/chrome-mv3-e2e (`wxt build --mode e2e`, made by `npm test` before this runs).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
