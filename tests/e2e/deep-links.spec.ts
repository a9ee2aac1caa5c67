import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test } from './fixtures.ts';

test.describe('language-neutral links', () => {
  for (const [locale, lang] of [['ja-JP', 'ja'], ['en-US', 'en'], ['fr-FR', 'en']] as const) {
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
    await page.goto('ja/codes/550-5.1.1/');
    await page.locator('#admin-heading a').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The host is the build's site URL; the path and fragment must be the neutral page's.
    expect(new URL(copied).pathname + new URL(copied).hash).toBe(`${new URL('codes/550-5.1.1/', baseURL).pathname}#admin`);
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
    expect(data.catalog).toHaveLength(23);
    expect(data.statusCodes).toHaveLength(162);

    const sitemap = await (await request.get('sitemap-0.xml')).text();
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    const inJson = new Set<string>();
    for (const group of [data.catalog, data.pairs, data.replyCodes, data.statusCodes, data.digits]) {
      for (const row of group) for (const lang of ['ja', 'en']) inJson.add(new URL(row.url[lang]).pathname);
    }
    const site = new URL(data.site).pathname;
    for (const extra of ['ja/', 'en/', 'ja/search/', 'en/search/']) inJson.add(`${site}${extra}`);
    expect([...listed].filter((p) => !inJson.has(p))).toEqual([]);
    expect([...inJson].filter((p) => !listed.has(p))).toEqual([]);
  });

  test('every sitemap entry resolves, and hreflang alternates are reciprocal', async ({ request, baseURL }) => {
    const sitemap = await (await request.get('sitemap-0.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const origin = new URL(baseURL!).origin;
    const alternates = new Map<string, Record<string, string>>();
    for (const path of paths) {
      const res = await request.get(`${origin}${path}`);
      expect(res.status(), path).toBe(200);
      const html = await res.text();
      const links = Object.fromEntries(
        [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]),
      );
      expect(Object.keys(links).sort(), path).toEqual(['en', 'ja', 'x-default']);
      expect(new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!).pathname, path).toBe(path);
      alternates.set(path, links);
    }
    for (const [path, links] of alternates) {
      for (const lang of ['ja', 'en']) {
        const other = alternates.get(links[lang]!);
        expect(other?.[path.includes('/ja/') ? 'ja' : 'en'], `${path} ↔ ${links[lang]}`).toBe(path);
        expect(other?.['x-default']).toBe(links['x-default']);
      }
    }
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
