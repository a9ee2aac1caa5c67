import AxeBuilder from '@axe-core/playwright';
import { LANGS } from '../../src/i18n/locales.ts';
import { expect, test } from './fixtures.ts';
import { PAGE_TYPES } from './page-types.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const lang of LANGS) {
      for (const [type, path] of [...Object.entries(PAGE_TYPES), ['404', 'no-such-page/']] as const) {
        test(`${lang} ${type}: no axe violations`, async ({ page }) => {
          await page.goto(`${lang}/${path}`);
          if (path.startsWith('search')) await expect(page.locator('.card').first()).toBeVisible();
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
          expect(summary).toEqual([]);
        });
      }
    }
  });
}

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
        return { key: `${el.tagName}:${el.getAttribute('href') ?? el.textContent}`, outline: style.outlineStyle, width: style.outlineWidth };
      });
      if (!focus) continue;
      expect(focus.outline, focus.key).not.toBe('none');
      expect(focus.width, focus.key).not.toBe('0px');
      seen.add(focus.key);
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  test(`${lang}: headings are in order on every page type`, async ({ page }) => {
    for (const path of Object.values(PAGE_TYPES)) {
      await page.goto(`${lang}/${path}`);
      if (path.startsWith('search')) await expect(page.locator('.card').first()).toBeVisible();
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0], path).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${path}: h${levels[i - 1]} → h${levels[i]}`).toBeLessThanOrEqual(1);
    }
  });
}
