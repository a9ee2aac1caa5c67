import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Internal links and element ids of one HTML page. */
function parsePage(html: string, pageUrl: string, root: string): { links: string[]; ids: Set<string> } {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const links = [...html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)]
    .map((m) => new URL(m[1]!.replace(/&amp;/g, '&'), pageUrl).href)
    .filter((href) => href.startsWith(root));
  return { links, ids };
}

async function crawl(request: APIRequestContext, root: string) {
  const pages = new Map<string, Set<string>>();
  const broken: string[] = [];
  const fragments: { from: string; to: string; id: string }[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (pages.has(url)) continue;
    const res = await request.get(url);
    if (res.status() !== 200) {
      broken.push(`${url} → ${res.status()}`);
      pages.set(url, new Set());
      continue;
    }
    const type = res.headers()['content-type'] ?? '';
    if (!type.includes('html')) {
      pages.set(url, new Set());
      continue;
    }
    const { links, ids } = parsePage(await res.text(), url, root);
    pages.set(url, ids);
    for (const link of links) {
      const [target = link, id] = link.split('#');
      if (id) fragments.push({ from: url, to: target, id: decodeURIComponent(id) });
      if (!pages.has(target) && !queue.includes(target)) queue.push(target);
    }
  }
  const missing = fragments.filter((f) => !pages.get(f.to)?.has(f.id)).map((f) => `${f.from} → ${f.to}#${f.id}`);
  return { pages, broken, missing: [...new Set(missing)] };
}

test('every internal link and #fragment resolves, and every page in the sitemap is reachable from the home page', async ({ request, baseURL }) => {
  const root = new URL(baseURL!).href;
  const { pages, broken, missing } = await crawl(request, root);
  expect(broken).toEqual([]);
  expect(missing).toEqual([]);

  const sitemap = await (await request.get(new URL('sitemap-0.xml', root).href)).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(listed.length).toBeGreaterThan(500);
  // The sitemap holds the build's site URL: compare paths.
  const path = (u: string) => new URL(u).pathname;
  const reached = new Set([...pages.keys()].map(path));
  expect(listed.map(path).filter((p) => !reached.has(p))).toEqual([]);
});
