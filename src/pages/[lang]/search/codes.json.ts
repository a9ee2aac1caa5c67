import type { APIRoute } from 'astro';
import { codeIndex } from '../../../site/code-index.ts';
import type { Lang } from '../../../i18n/locales.ts';
import { ui } from '../../../i18n/ui.ts';
import { pagesOf } from '../../../site/pages.ts';

export async function getStaticPaths() {
  return (await pagesOf('search')).map(({ lang }) => ({ params: { lang } }));
}

/** What the search page needs to decode codes offline: the code index and the UI strings. */
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  return new Response(JSON.stringify({ index: await codeIndex(lang), strings: ui(lang) }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
