import type { Lang } from './locales.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';

export type UiKey = keyof typeof en;
/** A language's UI strings: exactly the keys of `en.ts`. */
export type Dictionary = { readonly [K in UiKey]: string };

const dictionaries: Record<Lang, Dictionary> = { en, ja };

/** The UI strings of one language. */
export function ui(lang: Lang): Dictionary {
  return dictionaries[lang];
}

export { format, formatDate, plural } from './format.ts';
