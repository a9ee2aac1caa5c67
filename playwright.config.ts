import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

// A port of the tests' own, never reused: a stale `npm start` on 4321 is never tested by mistake.
const port = Number(process.env.PORT ?? 4329);
const base = process.env.BASE_PATH ?? '/';
// Debian's Chromium where it exists (machines without network); Playwright's own browser elsewhere.
const systemChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // At least two: most of a test's time is spent waiting on the browser or the server, even on 2 cores.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    env: { ASTRO_PREVIEW_BACKGROUND: '0' },
    timeout: 60_000,
  },
});
