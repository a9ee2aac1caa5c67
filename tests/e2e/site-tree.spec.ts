import { globSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/catalog.ts';
import { expect, test } from './fixtures.ts';

test('the ja and en trees of dist/ have the same pages', () => {
  const pages = (lang: string) => globSync('**/index.html', { cwd: join(ROOT, 'dist', lang) }).sort();
  const ja = pages('ja');
  expect(ja.length).toBeGreaterThan(30);
  expect(pages('en')).toEqual(ja);
});

test('every page has lang, one h1, a title, a description, a canonical URL and hreflang alternates', async ({ page }) => {
  for (const path of ['ja/', 'en/', 'en/codes/550-5.1.1/', 'ja/codes/550-5.7.1/', 'ja/codes/550-5.7.1/spf-check-failed/']) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.title()).not.toBe('');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`/${path.replace(/\./g, '\\.')}$`));
    for (const hreflang of ['ja', 'en', 'x-default']) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveCount(1);
    }
  }
});
