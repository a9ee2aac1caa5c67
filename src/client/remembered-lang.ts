import { isLang, type Lang } from '../i18n/locales.ts';

const KEY = 'smtp-error-guide:lang';

/** The language the reader last chose with the language switch, if the browser lets us remember it. */
export function rememberedLang(): Lang | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLang(lang: string): void {
  try {
    if (isLang(lang)) localStorage.setItem(KEY, lang);
  } catch {
    // Storage may be disabled; the choice is then simply not remembered.
  }
}
