import { LANGS, otherLang } from '../../src/i18n/locales.ts';
import { ui } from '../../src/i18n/ui.ts';
import { expectedCatalog } from '../support/catalog.ts';
import { expect, test } from './fixtures.ts';

const catalog = expectedCatalog();
/** Text as the page shows it: backticks mark code and are not displayed. */
const shown = (text: string) => text.replace(/`/g, '');

test('the catalog has 23 errors in each language', () => {
  for (const lang of LANGS) expect(catalog.filter((e) => e.lang === lang)).toHaveLength(23);
});

for (const entry of catalog) {
  test(`${entry.lang}: ${entry.code} ${entry.status} ${entry.message}`, async ({ page }) => {
    const response = await page.goto(`${entry.lang}/${entry.path}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', entry.lang);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`${entry.code} ${entry.status}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.title);
    await expect(page.locator('.error-line')).toHaveText(`${entry.code} ${entry.status} ${entry.message}`);
    await expect(page.getByText(shown(entry.fix), { exact: false }).first()).toBeVisible();
    await expect(page.locator('section#retry h2')).toContainText(ui(entry.lang).sectionRetry);
  });
}

for (const lang of LANGS) {
  test(`${lang}: the language switch opens the same page in the other language`, async ({ page }) => {
    for (const entry of catalog.filter((e) => e.lang === lang).slice(0, 6)) {
      await page.goto(`${lang}/${entry.path}`);
      await page.locator('[data-lang-switch]').click();
      const other = otherLang(lang);
      await expect(page).toHaveURL(new RegExp(`/${other}/${entry.path.replace(/[.]/g, '\\.')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator('.error-line')).toHaveText(`${entry.code} ${entry.status} ${entry.message}`);
    }
  });

  test(`${lang}: every link on the home page resolves`, async ({ page, request }) => {
    await page.goto(`${lang}/`);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const internal = [...new Set(hrefs.map((h) => h.split('#')[0]!))].filter((h) => h.startsWith(new URL(page.url()).origin));
    expect(internal.length).toBeGreaterThan(23);
    for (const href of internal) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
    }
  });

  test(`${lang}: the home page lists every entry with its fix`, async ({ page }) => {
    await page.goto(`${lang}/`);
    for (const entry of catalog.filter((e) => e.lang === lang)) {
      const row = page.locator('table.catalog tr', { has: page.getByRole('link', { name: entry.message, exact: true }) });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(shown(entry.fix));
    }
  });
}

test('a pair with several messages lists each message and links to it', async ({ page }) => {
  await page.goto('en/codes/550-5.7.1/');
  const entries = catalog.filter((e) => e.lang === 'en' && e.code === 550 && e.status === '5.7.1');
  expect(entries).toHaveLength(5);
  for (const e of entries) {
    await expect(page.getByRole('link', { name: `550 5.7.1 ${e.message}` })).toHaveAttribute('href', new RegExp(`/en/${e.path}$`));
  }
});

test('/ offers both languages and sends a Japanese browser to /ja/', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page).toHaveURL(/\/ja\/$/);
  await context.close();
});

test('/ shows plain links to both languages without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('link', { name: '日本語' })).toHaveAttribute('href', /\/ja\/$/);
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', /\/en\/$/);
  await context.close();
});

test('an unknown address shows the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('en/codes/999-9.9.9/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: ui('en').notFoundTitle })).toBeVisible();
  await expect(page.getByRole('heading', { name: ui('ja').notFoundTitle })).toBeVisible();
});
