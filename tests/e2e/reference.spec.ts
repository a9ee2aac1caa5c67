import { LANGS } from '../../src/i18n/locales.ts';
import { ui } from '../../src/i18n/ui.ts';
import { referenceCodes } from '../support/catalog.ts';
import { apiCatalog, fetchPage, mapLimit, pathOf } from '../support/site.ts';
import { expect, test } from './fixtures.ts';

const { reply, status } = referenceCodes();
const digitPages = [
  ...['2xx', '3xx', '4xx', '5xx', 'x0x', 'x1x', 'x2x', 'x3x', 'x4x', 'x5x'].map((d) => `reply/${d}/`),
  ...['2.x.x', '4.x.x', '5.x.x', ...[0, 1, 2, 3, 4, 5, 6, 7].map((d) => `x.${d}.x`)].map((d) => `status/${d}/`),
];

// The codes RFC 5321 itself defines (§4.2.2, §4.2.3): the reference data must hold each one.
const RFC5321_REPLIES = [
  '211',
  '214',
  '220',
  '221',
  '250',
  '251',
  '252',
  '354',
  '421',
  '450',
  '451',
  '452',
  '455',
  '500',
  '501',
  '502',
  '503',
  '504',
  '550',
  '551',
  '552',
  '553',
  '554',
  '555',
];
// A few codes of the IANA enhanced status registry, from each subject, old and new.
const REGISTRY_CODES = ['X.0.0', 'X.1.1', 'X.1.10', 'X.2.2', 'X.3.4', 'X.4.7', 'X.5.3', 'X.6.0', 'X.7.1', 'X.7.26', 'X.7.30'];

test('the reference data covers the RFC and registry codes', () => {
  for (const code of RFC5321_REPLIES) expect(reply).toContain(code);
  expect(reply).not.toContain('456');
  for (const code of REGISTRY_CODES) expect(status).toContain(code);
  // The IANA registry held 81 codes (X.0.0 … X.7.30) when this was written; it only ever grows.
  expect(status.length).toBeGreaterThanOrEqual(81);
  for (const code of status) expect(code).toMatch(/^X\.[0-7]\.\d{1,3}$/);
});

for (const lang of LANGS) {
  test(`${lang}: every reply code, status code and digit explainer has its page`, async ({ request }) => {
    const paths = [
      ...reply.map((c) => `reply/${c}/`),
      ...status.flatMap((g) => ['4', '5'].map((cls) => `status/${g.replace('X', cls)}/`)),
      ...digitPages,
    ];
    const problems: string[] = [];
    await mapLimit(paths, 8, async (path) => {
      const { status: code, doc } = await fetchPage(request, `${lang}/${path}`);
      if (code !== 200) return problems.push(`${path}: HTTP ${code}`);
      if (doc.querySelector('html')?.getAttribute('lang') !== lang) problems.push(`${path}: lang`);
      const h1s = doc.querySelectorAll('h1').length;
      if (h1s !== 1) problems.push(`${path}: ${h1s} h1`);
    });
    expect(problems).toEqual([]);
  });

  test(`${lang}: the anatomy on the home page links each digit to its explainer`, async ({ page }) => {
    await page.goto(`${lang}/`);
    const figure = page.locator('#anatomy figure');
    const hrefs = await figure.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.map((h) => h.replace(/^.*?\/(ja|en)\//, ''))).toEqual([
      'reply/4xx/',
      'reply/x5x/',
      'reply/452/',
      'status/4.x.x/',
      'status/x.5.x/',
      'status/4.5.3/',
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
    await expect(figure.getByRole('link', { name: new RegExp(`^5 ${t.partOutcome}`) })).toHaveAttribute(
      'href',
      new RegExp(`/${lang}/reply/5xx/$`),
    );
    await expect(figure.getByRole('link', { name: new RegExp(`^5 ${t.partCategory}`) })).toHaveAttribute(
      'href',
      new RegExp(`/${lang}/reply/x5x/$`),
    );
    await expect(figure.getByRole('link', { name: new RegExp(`^0 ${t.partReplyDetail}`) })).toHaveAttribute(
      'href',
      new RegExp(`/${lang}/reply/550/$`),
    );
    await expect(figure.getByRole('link', { name: new RegExp(`^5 ${t.partClass}`) })).toHaveAttribute(
      'href',
      new RegExp(`/${lang}/status/5\\.x\\.x/$`),
    );
    await expect(figure.getByRole('link', { name: new RegExp(`^7 ${t.partSubject}`) })).toHaveAttribute(
      'href',
      new RegExp(`/${lang}/status/x\\.7\\.x/$`),
    );
    await expect(figure.getByRole('link', { name: new RegExp(`^1 ${t.partStatusDetail}`) })).toHaveAttribute(
      'href',
      new RegExp(`/${lang}/status/5\\.7\\.1/$`),
    );
    await expect(figure).toContainText('Sender rejected because SPF check failed');
    await expect(page.getByRole('heading', { name: t.relatedEntries })).toBeVisible();
  }
});

test('a status page lists the catalog errors that use it, and the reply page too', async ({ page, request }) => {
  const { catalog } = await apiCatalog(request);
  const uses = catalog.filter((e) => e.status === '5.7.1');
  // The seed's five 550 5.7.1 messages and more from other mail systems.
  expect(uses.length).toBeGreaterThan(5);
  const { doc } = await fetchPage(request, 'en/status/5.7.1/');
  const hrefs = new Set(doc.querySelectorAll('#catalog a[href]').map((a) => a.getAttribute('href')));
  expect(uses.map((e) => pathOf(e.url.en)).filter((p) => !hrefs.has(p))).toEqual([]);
  await page.goto('en/status/5.7.1/');
  // Long lists show each message by its codes and title.
  const spf = page.locator('#catalog a[href$="/en/codes/550-5.7.1/spf-check-failed/"]');
  await expect(spf).toHaveText(/^550 5\.7\.1 /);
  await expect(spf).toContainText("Sender's SPF check failed");
  await expect(page.getByRole('link', { name: /: 4\.7\.1$/ })).toHaveAttribute('href', /\/en\/status\/4\.7\.1\/$/);
  await page.goto('ja/reply/552/');
  await expect(page.locator('#catalog a[href$="/ja/codes/552-5.2.3/message-size-exceeded/"]')).toHaveText(/^552 5\.2\.3 /);
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
