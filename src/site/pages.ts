import { LANGS, type Lang } from '../i18n/locales.ts';
import { replyPages, statusPages, type ReplyPage, type StatusPage } from '../lib/reference-paths.ts';
import { replyPath, SEARCH_PATH, statusPath } from '../lib/urls.ts';
import { catalogPairs, type CatalogItem, type CatalogPair } from './catalog.ts';
import { guides, type Guide } from './guides.ts';
import { providers, type Provider } from './providers.ts';
import { reasons, type ReasonItem } from './reasons.ts';
import { replyFacts, statusFacts } from './reference.ts';

/**
 * Every page of the site, once: each route's `getStaticPaths`, the
 * language-neutral addresses and the tests read this list, so a page exists
 * exactly when it is here.
 */
export type SitePage = { lang: Lang; path: string } & (
  | { kind: 'home' }
  | { kind: 'search' }
  | { kind: 'pair'; pair: CatalogPair }
  | { kind: 'variant'; pair: CatalogPair; item: CatalogItem }
  | { kind: 'reply'; slug: string; page: ReplyPage }
  | { kind: 'status'; slug: string; page: StatusPage }
  | { kind: 'provider'; provider: Provider }
  | { kind: 'reason'; reason: ReasonItem }
  | { kind: 'guide'; guide: Guide }
);
export type PageKind = SitePage['kind'];
export type PageOf<K extends PageKind> = Extract<SitePage, { kind: K }>;

async function pagesIn(lang: Lang): Promise<SitePage[]> {
  const [pairs, replyCodes, statusCodes, providerMap, reasonMap, guideList] = await Promise.all([
    catalogPairs(lang),
    replyFacts(),
    statusFacts(),
    providers(),
    reasons(),
    guides(lang),
  ]);
  return [
    { lang, kind: 'home', path: '' },
    ...pairs.flatMap((pair): SitePage[] => [
      { lang, kind: 'pair', path: pair.path, pair },
      // A pair with several messages lists them; each message then has its own page below it.
      ...(pair.entries.length > 1 ? pair.entries.map((item): SitePage => ({ lang, kind: 'variant', path: item.path, pair, item })) : []),
    ]),
    ...replyPages([...replyCodes.keys()]).map(({ slug, page }): SitePage => ({ lang, kind: 'reply', path: replyPath(slug), slug, page })),
    ...statusPages([...statusCodes.keys()]).map(({ slug, page }): SitePage => ({
      lang,
      kind: 'status',
      path: statusPath(slug),
      slug,
      page,
    })),
    ...[...providerMap.values()].map((provider): SitePage => ({ lang, kind: 'provider', path: provider.path, provider })),
    ...[...reasonMap.values()].map((reason): SitePage => ({ lang, kind: 'reason', path: reason.path, reason })),
    ...guideList.map((guide): SitePage => ({ lang, kind: 'guide', path: guide.path, guide })),
    { lang, kind: 'search', path: SEARCH_PATH },
  ];
}

let cache: Promise<SitePage[]> | undefined;

/** Every page in every language, in a stable order. */
export function sitePages(): Promise<SitePage[]> {
  cache ??= Promise.all(LANGS.map(pagesIn)).then((lists) => lists.flat());
  return cache;
}

/** The pages of one kind, e.g. for a route's `getStaticPaths`. */
export async function pagesOf<K extends PageKind>(kind: K): Promise<PageOf<K>[]> {
  return (await sitePages()).filter((p): p is PageOf<K> => p.kind === kind);
}

/** The language-less path of every page (the same in each language). */
export async function pagePaths(): Promise<string[]> {
  return [...new Set((await sitePages()).map((p) => p.path))];
}
