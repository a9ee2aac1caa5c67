import type { APIRequestContext } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * Helpers for tests that read the built site over HTTP, with a real HTML parser.
 * Fetch + parse is cheap: use it for checks on every page. Use a browser only
 * where a browser is needed (axe, layout, keyboard, scripts), on a sample.
 */

export interface FetchedPage {
  url: string;
  status: number;
  contentType: string;
  html: string;
  /** The parsed document (node-html-parser). */
  doc: HTMLElement;
}

/** GETs a URL (absolute, or relative to the base URL) and parses it as HTML. */
export async function fetchPage(request: APIRequestContext, url: string): Promise<FetchedPage> {
  const res = await request.get(url);
  const html = await res.text();
  return { url: res.url(), status: res.status(), contentType: res.headers()['content-type'] ?? '', html, doc: parse(html) };
}

/** Runs `task` over `items` with at most `limit` running at once (the preview server answers in parallel). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Text as a reader sees it: entities decoded, whitespace collapsed. */
export const textOf = (el: HTMLElement | null | undefined): string => (el?.text ?? '').replace(/\s+/g, ' ').trim();

/** Absolute URLs of the build's sitemap (all its `sitemap-N.xml` files). */
export async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const index = parse(await (await request.get('sitemap-index.xml')).text());
  const urls: string[] = [];
  for (const loc of index.querySelectorAll('sitemap > loc')) {
    // The sitemap holds the build's site URL: fetch its path from the server under test.
    const xml = parse(await (await request.get(new URL(loc.text.trim()).pathname)).text());
    urls.push(...xml.querySelectorAll('url > loc').map((l) => l.text.trim()));
  }
  return urls;
}

export type Lang = 'ja' | 'en';
export type Localized<T = string> = Record<Lang, T>;
interface Urls {
  url: Localized & { neutral: string };
}
export interface ApiEntry extends Urls {
  code?: number;
  status: string;
  privateStatus: boolean;
  severity: string;
  message: string;
  variant: string;
  provider: string;
  system: string;
  reason: string;
  source: string;
  sourceKind: string;
  title: Localized;
  summary: Localized;
  fix: Localized;
}
export interface ApiCatalog {
  version: number;
  site: string;
  catalog: ApiEntry[];
  pairs: (Urls & { code?: number; status: string; variants: string[] })[];
  providers: (Urls & { id: string; name: string; kind: string })[];
  reasons: (Urls & { id: string; title: Localized })[];
  replyCodes: (Urls & { code: string; title: Localized })[];
  statusCodes: (Urls & { code: string; title: Localized })[];
  digits: (Urls & { pattern: string })[];
}

let api: Promise<ApiCatalog> | undefined;
/** /api/codes.json of the build under test: an output of the build, so a fine list to iterate. */
export function apiCatalog(request: APIRequestContext): Promise<ApiCatalog> {
  api ??= request.get('api/codes.json').then((r) => r.json() as Promise<ApiCatalog>);
  return api;
}

/** The path of a URL of the build (whose host is the build's site URL), to fetch from the server under test. */
export const pathOf = (url: string): string => new URL(url).pathname;

/** `550 5.1.1` or, for a message the sending server wrote itself, `4.4.1`. */
export const codesOf = (e: { code?: number; status: string }): string => (e.code === undefined ? e.status : `${e.code} ${e.status}`);

/**
 * A seeded random sample (mulberry32), so a failing sample can be rerun:
 * the seed is E2E_SEED, or one fixed per day, and tests print it in their titles.
 */
export const SEED = Number(process.env.E2E_SEED ?? Math.floor(Date.now() / 86_400_000));
export function sample<T>(items: readonly T[], n: number, seed = SEED): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}
