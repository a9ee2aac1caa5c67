import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/locales.ts';
import { intents } from '../../../site/intents.ts';
import { pagesOf } from '../../../site/pages.ts';

export async function getStaticPaths() {
  return (await pagesOf('search')).map(({ lang }) => ({ params: { lang } }));
}

/** The pages typed words lead to, loaded by the search only when a query has words the decoder could not explain. */
export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await intents(params.lang as Lang)), { headers: { 'Content-Type': 'application/json' } });
