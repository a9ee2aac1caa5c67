import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/locales.ts';
import { clientStrings } from '../../../i18n/client-strings.ts';
import { splitIndex } from '../../../lib/code-index.ts';
import { codeIndex } from '../../../site/code-index.ts';
import { pagesOf } from '../../../site/pages.ts';

export async function getStaticPaths() {
  return (await pagesOf('search')).map(({ lang }) => ({ params: { lang } }));
}

/** The base of the code map for the header box: reply codes, digits, mail systems, reasons, and which shard holds what. */
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const { base } = splitIndex(await codeIndex(lang));
  return new Response(JSON.stringify({ base, strings: clientStrings(lang) }), { headers: { 'Content-Type': 'application/json' } });
};
