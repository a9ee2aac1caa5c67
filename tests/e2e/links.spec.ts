import type { APIRequestContext } from '@playwright/test';
import { apiCatalog, fetchPage, mapLimit, sitemapUrls } from '../support/site.ts';
import { expect, test } from './fixtures.ts';

/** Follows every internal link from `root`, level by level, several requests at a time. */
async function crawl(request: APIRequestContext, root: string) {
  const pages = new Map<string, Set<string>>();
  const broken: string[] = [];
  const fragments: { from: string; to: string; id: string }[] = [];
  let level = [root];
  const queued = new Set(level);
  while (level.length > 0) {
    const next: string[] = [];
    await mapLimit(level, 8, async (url) => {
      const page = await fetchPage(request, url);
      if (page.status !== 200) {
        broken.push(`${url} → ${page.status}`);
        pages.set(url, new Set());
        return;
      }
      if (!page.contentType.includes('html')) {
        pages.set(url, new Set());
        return;
      }
      pages.set(url, new Set(page.doc.querySelectorAll('[id]').map((el) => el.id)));
      for (const a of page.doc.querySelectorAll('a[href]')) {
        const link = new URL(a.getAttribute('href')!, url).href;
        if (!link.startsWith(root)) continue;
        const [target = link, id] = link.split('#');
        if (id) fragments.push({ from: url, to: target, id: decodeURIComponent(id) });
        if (!queued.has(target)) {
          queued.add(target);
          next.push(target);
        }
      }
    });
    level = next;
  }
  const missing = fragments.filter((f) => !pages.get(f.to)?.has(f.id)).map((f) => `${f.from} → ${f.to}#${f.id}`);
  return { pages, broken, missing: [...new Set(missing)] };
}

test('every internal link and #fragment resolves, and every page in the sitemap is reachable from the home page', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const root = new URL(baseURL!).href;
  const { pages, broken, missing } = await crawl(request, root);
  expect(broken).toEqual([]);
  expect(missing).toEqual([]);

  const listed = await sitemapUrls(request);
  // More pages than catalog entries in each language, with the reference codes (deep-links.spec.ts checks the exact list).
  expect(listed.length).toBeGreaterThan(2 * (await apiCatalog(request)).catalog.length);
  // The sitemap holds the build's site URL: compare paths.
  const path = (u: string) => new URL(u).pathname;
  const reached = new Set([...pages.keys()].map(path));
  expect(listed.map(path).filter((p) => !reached.has(p))).toEqual([]);
});
