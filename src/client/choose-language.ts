import { pickLang } from '../i18n/locales.ts';
import { rememberedLang } from './remembered-lang.ts';

/** On a language-less page, open the same path, query and #fragment in the reader's language. */
const lang = rememberedLang() ?? pickLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
const target = document.querySelector<HTMLAnchorElement>(`[data-lang-link="${lang}"]`);
if (target) location.replace(target.href + location.search + location.hash);
