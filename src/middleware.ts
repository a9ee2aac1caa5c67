import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LANG, isLang } from './i18n/locales.ts';
import { ui } from './i18n/ui.ts';
import { splitLocalePath, stripBase } from './lib/urls.ts';

/** Every page learns its language, and its UI strings, from its own address: `/ja/…` is Japanese. */
export const onRequest = defineMiddleware((context, next) => {
  const { lang } = splitLocalePath(stripBase(import.meta.env.BASE_URL, context.url.pathname));
  context.locals.lang = isLang(lang) ? lang : DEFAULT_LANG;
  context.locals.t = ui(context.locals.lang);
  return next();
});
