import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGS } from '../../src/i18n/locales.ts';
import { pathOf, sample, SEED, sitemapUrls } from '../support/site.ts';
import { expect, test } from './fixtures.ts';
import { PAGE_TYPES } from './page-types.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const TYPES = [...Object.entries(PAGE_TYPES), ['404', 'no-such-page/']] as const;

/** Rules whose outcome depends on colours: all that a dark colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, path: string, { colours = false } = {}): Promise<string[]> {
  await page.goto(path);
  if (path.includes('search/')) await expect(page.locator('.card').first()).toBeVisible();
  const axe = new AxeBuilder({ page });
  const results = await (colours ? axe.withRules(COLOUR_RULES) : axe.withTags(TAGS)).analyze();
  return results.violations.map((v) => `${path} ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

// axe takes seconds per page (many on a busy 2-core machine), so it runs on a sample: every page
// type once with all rules in light mode, and once for the colour rules in dark mode (what a colour
// scheme can change), in the other language; plus a seeded random sample of any page.
TYPES.forEach(([type, path], i) => {
  const light = LANGS[i % LANGS.length]!;
  const dark = LANGS[(i + 1) % LANGS.length]!;
  test.describe('light mode', () => {
    test.use({ colorScheme: 'light' });
    test(`${light} ${type}: no axe violations`, async ({ page }) => {
      expect(await violations(page, `${light}/${path}`)).toEqual([]);
    });
  });
  test.describe('dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test(`${dark} ${type}: no axe colour violations`, async ({ page }) => {
      expect(await violations(page, `${dark}/${path}`, { colours: true })).toEqual([]);
    });
  });
});

test(`a seeded random sample of sitemap pages has no axe violations (seed ${SEED})`, async ({ page, request }) => {
  test.setTimeout(90_000);
  const found: string[] = [];
  for (const url of sample(await sitemapUrls(request), 2)) found.push(...(await violations(page, pathOf(url))));
  expect(found).toEqual([]);
});

for (const lang of LANGS) {
  test(`${lang}: the skip link is the first stop and moves focus to the content`, async ({ page }) => {
    await page.goto(`${lang}/codes/550-5.1.1/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test(`${lang}: every control is reachable by Tab and visibly focused`, async ({ page }) => {
    await page.goto(`${lang}/codes/550-5.7.1/spf-check-failed/`);
    const controls = await page.locator('a[href], button:not([hidden]), input, select, textarea').count();
    const seen = new Set<string>();
    for (let i = 0; i < controls + 2; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          key: `${el.tagName}:${el.getAttribute('href') ?? el.textContent}`,
          outline: style.outlineStyle,
          width: style.outlineWidth,
        };
      });
      if (!focus) continue;
      expect(focus.outline, focus.key).not.toBe('none');
      expect(focus.width, focus.key).not.toBe('0px');
      seen.add(focus.key);
    }
    // Each distinct link and button got focus: nearly all controls of the page (a few share an address).
    expect(seen.size).toBeGreaterThan(controls * 0.6);
  });

  // Headings of the static pages are checked on every page from their HTML (page-content.spec.ts);
  // the search results are built by script, so they are checked in the browser.
  test(`${lang}: headings are in order on the search page with results`, async ({ page }) => {
    await page.goto(`${lang}/${PAGE_TYPES['search with results']}`);
    await expect(page.locator('.card').first()).toBeVisible();
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `h${levels[i - 1]} → h${levels[i]}`).toBeLessThanOrEqual(1);
  });
}
