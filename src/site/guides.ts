import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';
import type { GuideData } from '../lib/schema.ts';
import { guidePath } from '../lib/urls.ts';

export type Guide = GuideData & { slug: string; path: string; entry: CollectionEntry<'guides'> };

/** The guide order on lists: how to read a bounce first. */
const ORDER = ['how-to-read-a-bounce', 'hard-and-soft-bounces', 'spf-dkim-dmarc', 'bulk-sender-requirements', 'blocklists'];

const cache = new Map<Lang, Promise<Guide[]>>();

/** Every guide in one language (`content/guides/{lang}/{slug}.mdx`). */
export function guides(lang: Lang): Promise<Guide[]> {
  let list = cache.get(lang);
  if (!list) {
    list = getCollection('guides', (e) => e.id.startsWith(`${lang}/`)).then((entries) =>
      entries
        .map((entry) => {
          const slug = entry.id.slice(lang.length + 1);
          return { ...entry.data, slug, path: guidePath(slug), entry };
        })
        .sort((a, b) => rank(a.slug) - rank(b.slug) || a.slug.localeCompare(b.slug)),
    );
    cache.set(lang, list);
  }
  return list;
}

function rank(slug: string): number {
  const i = ORDER.indexOf(slug);
  return i === -1 ? ORDER.length : i;
}
