import { LANGS } from '../../src/i18n/locales.ts';
import { ui } from '../../src/i18n/ui.ts';
import { expectedCatalog, referenceCodes } from '../support/catalog.ts';
import { expect, test } from './fixtures.ts';

const { reply, status } = referenceCodes();
const digitPages = [
  ...['2xx', '3xx', '4xx', '5xx', 'x0x', 'x1x', 'x2x', 'x3x', 'x4x', 'x5x'].map((d) => `reply/${d}/`),
  ...['2.x.x', '4.x.x', '5.x.x', ...[0, 1, 2, 3, 4, 5, 6, 7].map((d) => `x.${d}.x`)].map((d) => `status/${d}/`),
];

test('the reference data covers the RFC and registry codes', () => {
  expect(reply).toHaveLength(44);
  expect(reply).toContain('550');
  expect(reply).not.toContain('456');
  expect(status).toHaveLength(81);
});

for (const lang of LANGS) {
  test(`${lang}: every reply code, status code and digit explainer has its page`, async ({ request }) => {
    const paths = [
      ...reply.map((c) => `reply/${c}/`),
      ...status.flatMap((g) => ['4', '5'].map((cls) => `status/${g.replace('X', cls)}/`)),
      ...digitPages,
    ];
    expect(paths.length).toBe(44 + 162 + 21);
    for (const path of paths) {
      const res = await request.get(`${lang}/${path}`);
      expect(res.status(), path).toBe(200);
      const html = await res.text();
      expect(html, path).toContain(`<html lang="${lang}"`);
      expect(html.match(/<h1[\s>]/g), path).toHaveLength(1);
    }
  });

  test(`${lang}: the anatomy on the home page links each digit to its explainer`, async ({ page }) => {
    await page.goto(`${lang}/`);
    const figure = page.locator('#anatomy figure');
    const hrefs = await figure.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.map((h) => h.replace(/^.*?\/(ja|en)\//, ''))).toEqual([
      'reply/4xx/', 'reply/x5x/', 'reply/452/', 'status/4.x.x/', 'status/x.5.x/', 'status/4.5.3/',
    ]);
    for (const href of hrefs) {
      await page.goto(href);
      await expect(page.locator('h1')).toBeVisible();
    }
  });
}

test('a catalog page links to its reply, status and digit pages and shows its anatomy', async ({ page }) => {
  for (const lang of LANGS) {
    await page.goto(`${lang}/codes/550-5.7.1/spf-check-failed/`);
    const t = ui(lang);
    const figure = page.locator('figure.anatomy');
    await expect(figure.getByRole('link', { name: new RegExp(`^5 ${t.partOutcome}`) })).toHaveAttribute('href', new RegExp(`/${lang}/reply/5xx/$`));
    await expect(figure.getByRole('link', { name: new RegExp(`^5 ${t.partCategory}`) })).toHaveAttribute('href', new RegExp(`/${lang}/reply/x5x/$`));
    await expect(figure.getByRole('link', { name: new RegExp(`^0 ${t.partReplyDetail}`) })).toHaveAttribute('href', new RegExp(`/${lang}/reply/550/$`));
    await expect(figure.getByRole('link', { name: new RegExp(`^5 ${t.partClass}`) })).toHaveAttribute('href', new RegExp(`/${lang}/status/5\\.x\\.x/$`));
    await expect(figure.getByRole('link', { name: new RegExp(`^7 ${t.partSubject}`) })).toHaveAttribute('href', new RegExp(`/${lang}/status/x\\.7\\.x/$`));
    await expect(figure.getByRole('link', { name: new RegExp(`^1 ${t.partStatusDetail}`) })).toHaveAttribute('href', new RegExp(`/${lang}/status/5\\.7\\.1/$`));
    await expect(figure).toContainText('Sender rejected because SPF check failed');
    await expect(page.getByRole('heading', { name: t.relatedEntries })).toBeVisible();
  }
});

test('a status page lists the catalog errors that use it, and the reply page too', async ({ page }) => {
  const uses = expectedCatalog().filter((e) => e.lang === 'en' && e.status === '5.7.1');
  await page.goto('en/status/5.7.1/');
  for (const e of uses) await expect(page.getByRole('link', { name: `${e.code} ${e.status} ${e.message}` })).toBeVisible();
  await expect(page.getByRole('link', { name: /4\.7\.1/ })).toHaveAttribute('href', /\/en\/status\/4\.7\.1\/$/);
  await page.goto('ja/reply/552/');
  await expect(page.getByRole('link', { name: '552 5.2.3 Your message exceeded my message size limit' })).toBeVisible();
});

test('the digit explainers list every code of their kind', async ({ page }) => {
  await page.goto('en/status/x.7.x/');
  const codes = status.filter((g) => g.startsWith('X.7.'));
  for (const g of codes) {
    await expect(page.locator('#codes').getByRole('link', { name: g.replace('X', '5'), exact: true })).toHaveCount(1);
    await expect(page.locator('#codes').getByRole('link', { name: g.replace('X', '4'), exact: true })).toHaveCount(1);
  }
  await page.goto('ja/reply/5xx/');
  for (const c of reply.filter((c) => c.startsWith('5'))) {
    await expect(page.locator('#codes').getByRole('link', { name: c, exact: true })).toHaveCount(1);
  }
  await page.goto('en/reply/x3x/');
  await expect(page.locator('h1')).toContainText('x3x');
});
