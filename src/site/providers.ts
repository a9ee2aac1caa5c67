import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';
import type { ProviderData } from '../lib/schema.ts';
import { providerPath } from '../lib/urls.ts';

/** A mail system with where its page lives. */
export type Provider = ProviderData & { id: string; path: string };

let cache: Promise<Map<string, Provider>> | undefined;

/** Every mail system of `content/providers/`, by id, sorted by name. */
export function providers(): Promise<Map<string, Provider>> {
  cache ??= getCollection('providers').then(
    (entries) =>
      new Map(
        entries
          .map((e) => ({ ...e.data, id: e.id, path: providerPath(e.id) }))
          .sort((a, b) => a.name.localeCompare(b.name, 'en'))
          .map((p) => [p.id, p]),
      ),
  );
  return cache;
}

/** The provider's texts in one language. */
export function providerText(provider: Provider, lang: Lang) {
  return provider[lang];
}
