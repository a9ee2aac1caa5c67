import { pickLang } from '../i18n/locales.ts';

/** On a language-less page, go to the same path in the reader's language. */
const target = document.querySelector<HTMLAnchorElement>(`[data-lang-link="${pickLang(navigator.languages ?? [navigator.language])}"]`);
if (target) location.replace(target.href + location.search + location.hash);
