import { EVERYDAY_QUERIES } from '../support/everyday-queries.ts';
import { expect, test } from './fixtures.ts';

/**
 * Typed everyday words open the right page first, on the search page and in
 * the header box of a reading page, in both languages.
 */
for (const lang of ['en', 'ja'] as const) {
  test(`${lang}: the search page puts the right page first for everyday words`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${lang}/search/`);
    const box = page.locator('textarea[name="q"]');
    const wrong: string[] = [];
    for (const [query, path] of EVERYDAY_QUERIES[lang]) {
      await box.fill(query);
      const first = page.locator('[data-search-results] a.card-link').first();
      await expect(first).toBeVisible();
      // Results settle once the intent answers are in (full-text hits come after them, never before).
      await page.waitForFunction(() => !document.querySelector('[data-search-status]')?.textContent?.endsWith('…'));
      const href = await first.getAttribute('href');
      if (!href?.endsWith(`/${lang}/${path}`)) wrong.push(`${query} → ${href} (want ${path})`);
    }
    expect(wrong).toEqual([]);
  });

  test(`${lang}: the header box offers the right page first for everyday words`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${lang}/codes/550-5.7.1/spf-check-failed/`);
    const box = page.locator('#site-search');
    await box.focus();
    const wrong: string[] = [];
    for (const [query, path] of EVERYDAY_QUERIES[lang].slice(0, 15)) {
      await box.fill(query);
      const first = page.locator('#site-search-answers [role="option"]').first();
      await expect(first).toBeVisible();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.pathname.includes('spf-check-failed'));
      if (!page.url().endsWith(`/${lang}/${path}`)) wrong.push(`${query} → ${page.url()} (want ${path})`);
      await page.goBack();
      await box.focus();
    }
    expect(wrong).toEqual([]);
  });
}
