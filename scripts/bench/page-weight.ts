import type { Browser } from '@playwright/test';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface Weight {
  page: string;
  requests: number;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  other: Sizes;
}
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const empty = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });

function add(sizes: Sizes, body: Buffer): void {
  sizes.raw += body.length;
  sizes.gzip += gzipSync(body, { level: 9 }).length;
  sizes.brotli += brotliCompressSync(body).length;
}

/**
 * Bytes of each kind a page loads before any interaction, as a server would send them compressed.
 * `ready`: a selector that appears once the page's own idle-time loading is done (Starlight builds its
 * search UI in requestIdleCallback); the page is measured after it and a further quiet network.
 */
export async function pageWeight(browser: Browser, url: string, label: string, ready?: string): Promise<Weight> {
  const page = await browser.newPage();
  const bodies: { type: string; body: Buffer }[] = [];
  page.on('response', (res) => {
    void res.body().then(
      (body) => bodies.push({ type: res.request().resourceType(), body }),
      () => undefined,
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (ready) {
    await page.locator(ready).first().waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
  }
  await page.waitForTimeout(200);
  await page.close();
  const weight: Weight = { page: label, requests: bodies.length, html: empty(), css: empty(), js: empty(), other: empty() };
  for (const { type, body } of bodies) {
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    add(weight[kind], body);
  }
  return weight;
}
