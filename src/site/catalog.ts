import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';
import { entryPath, groupPairs, type Pair } from '../lib/catalog.ts';
import type { CatalogEntryData } from '../lib/schema.ts';

/** A catalog entry with where it lives. */
export type CatalogItem = CatalogEntryData & {
  entry: CollectionEntry<'catalog'>;
  /** Language-less path of the page that explains this message. */
  path: string;
};

export type CatalogPair = Pair<CatalogItem>;

const cache = new Map<Lang, Promise<CatalogPair[]>>();

async function load(lang: Lang): Promise<CatalogPair[]> {
  const entries = await getCollection('catalog', (e) => e.id.startsWith(`${lang}/`));
  const pairs = groupPairs(entries.map((entry) => ({ ...entry.data, entry, path: '' })));
  for (const pair of pairs) for (const item of pair.entries) item.path = entryPath(item, pair);
  return pairs;
}

/** Every pair of the catalog in one language, sorted by reply code, then status code. */
export function catalogPairs(lang: Lang): Promise<CatalogPair[]> {
  let pairs = cache.get(lang);
  if (!pairs) cache.set(lang, (pairs = load(lang)));
  return pairs;
}

export async function catalogItems(lang: Lang): Promise<CatalogItem[]> {
  return (await catalogPairs(lang)).flatMap((p) => p.entries);
}

export interface CatalogIndex {
  byStatus: Map<string, CatalogItem[]>;
  byReply: Map<number | undefined, CatalogItem[]>;
  byProvider: Map<string, CatalogItem[]>;
  byReason: Map<string, CatalogItem[]>;
}

const indexes = new Map<Lang, Promise<CatalogIndex>>();

export function group<K>(items: CatalogItem[], key: (i: CatalogItem) => K): Map<K, CatalogItem[]> {
  const map = new Map<K, CatalogItem[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** Catalog entries by status code and by reply code, built once per language (pages look them up, not scan). */
export function catalogIndex(lang: Lang): Promise<CatalogIndex> {
  let index = indexes.get(lang);
  if (!index) {
    index = catalogItems(lang).then((items) => ({
      byStatus: group(items, (i) => i.status),
      byReply: group(items, (i) => i.code),
      byProvider: group(items, (i) => i.provider),
      byReason: group(items, (i) => i.reason),
    }));
    indexes.set(lang, index);
  }
  return index;
}
