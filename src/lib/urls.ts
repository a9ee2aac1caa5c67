import type { Lang } from '../i18n/locales.ts';

/**
 * Every URL shape of the site, defined once. Paths here are language-less and
 * base-less (`codes/550-5.1.1/`); `localePath` and `withBase` finish them.
 */

/**
 * `pairSlug(550, '5.1.1')` → `'550-5.1.1'`; a sending server's own message has
 * no reply code: `pairSlug(undefined, '4.4.1')` → `'4.4.1'`.
 */
export function pairSlug(code: number | undefined, status: string): string {
  return code === undefined ? status : `${code}-${status}`;
}

/** `pairPath(550, '5.1.1')` → `'codes/550-5.1.1/'`; `pairPath(undefined, '4.4.7')` → `'codes/4.4.7/'` */
export function pairPath(code: number | undefined, status: string): string {
  return `codes/${pairSlug(code, status)}/`;
}

/** `variantPath(550, '5.7.1', 'spf-check-failed')` → `'codes/550-5.7.1/spf-check-failed/'` */
export function variantPath(code: number | undefined, status: string, variant: string): string {
  return `${pairPath(code, status)}${variant}/`;
}

/** `replyPath('550')` → `'reply/550/'`; also digit explainers: `replyPath('4xx')`. */
export function replyPath(code: string): string {
  return `reply/${code}/`;
}

/** `statusPath('5.7.1')` → `'status/5.7.1/'`; also digit explainers: `statusPath('x.7.x')`. */
export function statusPath(code: string): string {
  return `status/${code}/`;
}

/** Digit explainer slugs: `replyDigitSlug(0, '4')` → `'4xx'`, `replyDigitSlug(1, '5')` → `'x5x'`. */
export function replyDigitSlug(position: 0 | 1, digit: string): string {
  return position === 0 ? `${digit}xx` : `x${digit}x`;
}

/** `statusDigitSlug(0, '5')` → `'5.x.x'`, `statusDigitSlug(1, '7')` → `'x.7.x'`. */
export function statusDigitSlug(position: 0 | 1, digit: string): string {
  return position === 0 ? `${digit}.x.x` : `x.${digit}.x`;
}

/** `providerPath('gmail')` → `'providers/gmail/'` */
export function providerPath(id: string): string {
  return `providers/${id}/`;
}

/** `reasonPath('mailbox-full')` → `'reasons/mailbox-full/'` */
export function reasonPath(id: string): string {
  return `reasons/${id}/`;
}

/** `guidePath('blocklists')` → `'guides/blocklists/'` */
export function guidePath(slug: string): string {
  return `guides/${slug}/`;
}

export const PROVIDERS_PATH = 'providers/';
export const REASONS_PATH = 'reasons/';
export const GUIDES_PATH = 'guides/';

export const SEARCH_PATH = 'search/';

/** `searchPath('550 5.1.1')` → `'search/?q=550+5.1.1'` */
export function searchPath(query?: string): string {
  return query ? `${SEARCH_PATH}?${new URLSearchParams({ q: query })}` : SEARCH_PATH;
}

/** `localePath('en', 'codes/550-5.1.1/')` → `'/en/codes/550-5.1.1/'`; `localePath('ja')` → `'/ja/'` */
export function localePath(lang: Lang, path = ''): string {
  return `/${lang}/${path}`;
}

/**
 * Prefixes a root-relative path with the site's base.
 * `withBase('/help/', '/en/')` → `'/help/en/'`; `withBase('/', '/en/')` → `'/en/'`
 */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Splits a root-relative, base-less path into language and the rest.
 * `splitLocalePath('/ja/codes/550-5.1.1/')` → `{ lang: 'ja', path: 'codes/550-5.1.1/' }`
 */
export function splitLocalePath(pathname: string): { lang: string | undefined; path: string } {
  const match = /^\/([a-z]{2})\/(.*)$/.exec(pathname);
  if (!match) return { lang: undefined, path: pathname.replace(/^\//, '') };
  return { lang: match[1], path: match[2] ?? '' };
}

/** An absolute URL: `absoluteUrl('https://x.test', '/help/', '/en/')` → `'https://x.test/help/en/'` */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** Strips the site's base: `stripBase('/help/', '/help/en/')` → `'/en/'` */
export function stripBase(base: string, pathname: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return trimmed && pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) || '/' : pathname;
}
