import { globSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from '../support/catalog.ts';
import { apiCatalog, fetchPage, mapLimit, pathOf, sitemapUrls } from '../support/site.ts';
import { expect, test } from './fixtures.ts';

test('the ja and en trees of the build have the same pages', async ({ request }) => {
  const pages = (lang: string) => globSync('**/index.html', { cwd: join(OUT_DIR, lang) }).sort();
  const ja = pages('ja');
  // Every pair, reply code and status code of the JSON catalog has a page in each language tree.
  const { pairs, replyCodes, statusCodes } = await apiCatalog(request);
  expect(ja.length).toBeGreaterThan(pairs.length + replyCodes.length + statusCodes.length);
  expect(pages('en')).toEqual(ja);
});

test('every page has lang, a title, a description, a canonical URL and hreflang alternates', async ({ request }) => {
  const problems: string[] = [];
  await mapLimit(await sitemapUrls(request), 8, async (url) => {
    const path = pathOf(url);
    const { doc } = await fetchPage(request, path);
    const say = (what: string) => problems.push(`${path}: ${what}`);
    if (doc.querySelector('html')?.getAttribute('lang') !== /\/(ja|en)\//.exec(path)?.[1]) say('lang attribute does not match the path');
    if (!doc.querySelector('title')?.text.trim()) say('no title');
    if ((doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '').length < 20) say('no description');
    const canonical = doc.querySelectorAll('link[rel="canonical"]');
    if (canonical.length !== 1 || pathOf(canonical[0]!.getAttribute('href')!) !== path) say('canonical is not the page itself');
    for (const hreflang of ['ja', 'en', 'x-default']) {
      const n = doc.querySelectorAll(`link[rel="alternate"][hreflang="${hreflang}"]`).length;
      if (n !== 1) say(`${n} hreflang=${hreflang} links`);
    }
  });
  expect(problems).toEqual([]);
});
