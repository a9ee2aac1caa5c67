import Ajv2020 from 'ajv/dist/2020.js';
import { contentFiles, referenceCodes } from '../support/catalog.ts';
import { fetchPage, mapLimit, pathOf, sitemapUrls } from '../support/site.ts';
import { expect, test } from './fixtures.ts';

test.describe('language-neutral links', () => {
  for (const [locale, lang] of [
    ['ja-JP', 'ja'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
  ] as const) {
    test(`a ${locale} browser opens /codes/… in ${lang}, keeping query and fragment`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ locale, baseURL });
      const page = await context.newPage();
      await page.goto('codes/550-5.7.1/spf-check-failed/?from=ticket#causes');
      await expect(page).toHaveURL(new RegExp(`/${lang}/codes/550-5\\.7\\.1/spf-check-failed/\\?from=ticket#causes$`));
      await expect(page.locator('#causes')).toBeVisible();
      await context.close();
    });
  }

  test('a search link keeps its query', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'ja-JP', baseURL });
    const page = await context.newPage();
    await page.goto('search/?q=550+5.1.1');
    await expect(page).toHaveURL(/\/ja\/search\/\?q=550\+5\.1\.1$/);
    await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('href', /\/ja\/codes\/550-5\.1\.1\/$/);
    await context.close();
  });

  test('a language chosen with the switch is remembered over the browser language', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'en-US', baseURL });
    const page = await context.newPage();
    await page.goto('en/status/5.7.1/');
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/ja\/status\/5\.7\.1\/$/);
    await page.goto('reply/550/');
    await expect(page).toHaveURL(/\/ja\/reply\/550\/$/);
    await context.close();
  });

  test('without JavaScript a neutral link offers both languages at the same path', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('status/5.7.1/');
    await expect(page.getByRole('link', { name: '日本語' })).toHaveAttribute('href', /\/ja\/status\/5\.7\.1\/$/);
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', /\/en\/status\/5\.7\.1\/$/);
    await context.close();
  });

  test('a listed old address redirects to its new page', async ({ page }) => {
    await page.goto('en/reply/5yz/');
    await expect(page).toHaveURL(/\/en\/reply\/5xx\/$/);
  });
});

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a section link copies the language-neutral address of that section', async ({ page, baseURL }) => {
    await page.goto('ja/codes/550-5.1.1/no-such-user/');
    await page.locator('#admin-heading a').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The host is the build's site URL; the path and fragment must be the neutral page's.
    expect(new URL(copied).pathname + new URL(copied).hash).toBe(`${new URL('codes/550-5.1.1/no-such-user/', baseURL).pathname}#admin`);
    await expect(page.getByRole('status').filter({ hasText: 'リンクをコピーしました' })).toHaveCount(1);
  });

  test('“copy for a ticket” copies a short note in the page language', async ({ page }) => {
    await page.goto('en/codes/452-4.5.3/too-many-recipients/');
    await page.getByRole('button', { name: 'Copy for a ticket' }).click();
    const note = await page.evaluate(() => navigator.clipboard.readText());
    const lines = note.split('\n');
    expect(lines[0]).toBe('452 4.5.3 Too many recipients');
    expect(lines[1]).toMatch(/^What it means: .+/);
    expect(lines[2]).toMatch(/^What to do: .+/);
    expect(lines[3]).toMatch(/^Details: https?:\/\/[^/]+\/(.*\/)?codes\/452-4\.5\.3\/too-many-recipients\/$/);
  });

  test('the copy button is hidden when JavaScript is off', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('en/codes/550-5.1.1/');
    await expect(page.getByRole('button', { name: 'Copy for a ticket' })).toBeHidden();
    await context.close();
  });
});

test.describe('metadata', () => {
  test('/api/codes.json validates against its schema and covers every page', async ({ request }) => {
    const data = await (await request.get('api/codes.json')).json();
    const schema = await (await request.get('api/codes.schema.json')).json();
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // Counts from the content files, not from the site's code: one entry per catalog file,
    // every reply code, and each registry status code in its temporary and permanent class.
    const { reply, status } = referenceCodes();
    expect(data.catalog).toHaveLength(contentFiles('catalog/en').length);
    expect(data.replyCodes).toHaveLength(reply.length);
    expect(data.statusCodes).toHaveLength(2 * status.length);
    expect(data.providers).toHaveLength(contentFiles('providers', 'yaml').length);
    expect(data.reasons).toHaveLength(contentFiles('reasons', 'yaml').length);

    const listed = new Set((await sitemapUrls(request)).map(pathOf));
    const inJson = new Set<string>();
    for (const group of [data.catalog, data.pairs, data.replyCodes, data.statusCodes, data.digits, data.providers, data.reasons]) {
      for (const row of group) for (const lang of ['ja', 'en']) inJson.add(pathOf(row.url[lang]));
    }
    const site = pathOf(data.site);
    // Pages the JSON does not list: home, search, and the guides (one file per guide).
    const guides = contentFiles('guides/en').map((f) => `guides/${f.replace(/\.mdx$/, '')}/`);
    for (const extra of ['', 'search/', ...guides]) for (const lang of ['ja', 'en']) inJson.add(`${site}${lang}/${extra}`);
    expect([...listed].filter((p) => !inJson.has(p))).toEqual([]);
    expect([...inJson].filter((p) => !listed.has(p))).toEqual([]);
  });

  test('every sitemap entry resolves, and hreflang alternates are reciprocal', async ({ request }) => {
    const paths = (await sitemapUrls(request)).map(pathOf);
    const alternates = new Map<string, Record<string, string>>();
    const problems: string[] = [];
    await mapLimit(paths, 8, async (path) => {
      const { status, doc } = await fetchPage(request, path);
      if (status !== 200) return problems.push(`${path}: HTTP ${status}`);
      const links = Object.fromEntries(
        doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang')!, pathOf(l.getAttribute('href')!)]),
      );
      if (Object.keys(links).sort().join() !== 'en,ja,x-default') problems.push(`${path}: hreflang ${Object.keys(links).sort().join()}`);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (!canonical || pathOf(canonical) !== path) problems.push(`${path}: canonical ${canonical}`);
      alternates.set(path, links);
    });
    for (const [path, links] of alternates) {
      for (const lang of ['ja', 'en']) {
        const other = alternates.get(links[lang]!);
        if (other?.[/\/ja\//.test(path) ? 'ja' : 'en'] !== path) problems.push(`${path} ↔ ${links[lang]} not reciprocal`);
        if (other?.['x-default'] !== links['x-default']) problems.push(`${path} ↔ ${links[lang]}: x-default differs`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('pages carry link previews: title, description and an image that exists', async ({ page, request }) => {
    await page.goto('ja/codes/550-5.7.1/spf-check-failed/');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /550 5\.7\.1/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const res = await request.get(new URL(new URL(image!).pathname, page.url()).href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/png');
  });

  test('robots.txt points to the sitemap', async ({ request }) => {
    const robots = await (await request.get('robots.txt')).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/);
  });
});
