import type { Lang } from '../i18n/locales.ts';
import { localePath, withBase } from '../lib/urls.ts';

/**
 * The address of a page in one language, with the build's base path, for links
 * in pages: `localeHref('en', 'reply/550/')` → `'/en/reply/550/'` (`'/help/en/reply/550/'` under `/help/`).
 */
export function localeHref(lang: Lang, path = ''): string {
  return withBase(import.meta.env.BASE_URL, localePath(lang, path));
}
