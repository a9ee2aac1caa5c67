import { LANGS } from '../../src/i18n/locales.ts';
import { SECTION_NAMES } from '../../src/lib/schema.ts';
import { apiCatalog } from '../support/site.ts';
import { expect, test } from './fixtures.ts';
import { PAGE_TYPES, READING_PAGES } from './page-types.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`${lang}: every reading page shows all its content`, async ({ page, request }) => {
      for (const [type, path] of READING_PAGES) {
        await page.goto(`${lang}/${path}`);
        const text = await page.locator('main').innerText();
        expect(text.length, type).toBeGreaterThan(300);
        await expect(page.locator('h1'), type).toBeVisible();
      }
      await page.goto(`${lang}/codes/550-5.7.1/spf-check-failed/`);
      for (const name of SECTION_NAMES) await expect(page.locator(`section#${name}`)).toBeVisible();
      await expect(page.locator('figure.anatomy')).toBeVisible();
      // The home page leads to every reason and every mail system without scripts.
      const { reasons, providers } = await apiCatalog(request);
      await page.goto(`${lang}/`);
      await expect(page.locator('#reasons a[href*="/reasons/"]')).toHaveCount(reasons.length);
      await expect(page.locator('#providers a[href*="/providers/"]')).toHaveCount(providers.length);
      await expect(page.locator('#catalog a[href*="/reply/"]').first()).toBeVisible();
    });
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  for (const lang of LANGS) {
    test(`${lang}: no page scrolls sideways`, async ({ page }) => {
      for (const [type, path] of [...Object.entries(PAGE_TYPES), ['404', 'no-such-page/'] as const]) {
        await page.goto(`${lang}/${path}`);
        if (path.startsWith('search')) await expect(page.locator('.card').first()).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, type).toBeLessThanOrEqual(0);
      }
    });

    test(`${lang}: the home page's lists and a pair's messages reflow into rows that fit the screen`, async ({ page }) => {
      for (const [path, rows] of [
        [`${lang}/`, '#reasons li, #providers li, #catalog li, #guides li'],
        [`${lang}/codes/550-5.7.1/`, 'main ul.message-list li'],
      ] as const) {
        await page.goto(path);
        const rights = await page.locator(rows).evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().right));
        expect(rights.length, path).toBeGreaterThan(10);
        expect(Math.max(...rights), path).toBeLessThanOrEqual(360);
      }
    });
  }
});

test('a code page prints without navigation, with link addresses shown', async ({ page }) => {
  await page.goto('en/codes/550-5.1.1/no-such-user/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.breadcrumbs')).toBeHidden();
  const after = await page
    .locator('main dl.facts a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/en/reply/550/');
});
