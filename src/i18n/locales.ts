/** The site's languages, in the order they are offered. */
export const LANGS = ['ja', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/** The language of pages outside the language folders, of the sitemap's default and of a browser that prefers neither. */
export const DEFAULT_LANG: Lang = 'en';

/** Each language's name written in itself, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = {
  ja: '日本語',
  en: 'English',
};

/** BCP 47 tags for `hreflang`, `og:locale` and `Intl` APIs. */
export const LANG_TAGS: Record<Lang, { hreflang: string; og: string }> = {
  ja: { hreflang: 'ja', og: 'ja_JP' },
  en: { hreflang: 'en', og: 'en_US' },
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The other language of a two-language site: `otherLang('ja')` → `'en'`. */
export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}

/**
 * Picks a site language from a browser's preference list.
 * `pickLang(['fr-FR', 'ja-JP'])` → `'ja'`; no match → `'en'`.
 */
export function pickLang(preferences: readonly string[]): Lang {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}
