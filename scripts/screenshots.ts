/**
 * Screenshots of pages at desktop and phone width, in light and dark mode, for
 * looking at the site: `node scripts/screenshots.ts [base URL] [path …]`.
 * Needs a running server (`npm run preview`). Writes PNGs to screenshots/.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const [baseUrl = 'http://127.0.0.1:4321/', ...paths] = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ['en/', 'ja/', 'en/codes/550-5.1.1/', 'ja/codes/550-5.7.1/spf-check-failed/'];
const sizes = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 780 },
];
const schemes = (process.env.SCHEMES ?? 'light').split(',') as ('light' | 'dark')[];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-background-networking'],
});
for (const size of sizes) {
  for (const colorScheme of schemes) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, colorScheme });
    for (const path of targets) {
      await page.goto(new URL(path, baseUrl).href);
      if (path.includes('?q=')) await page.locator('[data-search-status]').filter({ hasNotText: /…/ }).waitFor();
      const file = `screenshots/${path.replace(/[/?=&]+/g, '_').replace(/_$/, '') || 'root'}-${size.name}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
