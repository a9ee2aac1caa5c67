import type { APIRoute } from 'astro';
import { splitIndex } from '../../../../lib/code-index.ts';
import { codeIndex } from '../../../../site/code-index.ts';
import { pagesOf } from '../../../../site/pages.ts';

export async function getStaticPaths() {
  const paths = [];
  for (const { lang } of await pagesOf('search')) {
    const { shards } = splitIndex(await codeIndex(lang));
    for (const [key, shard] of Object.entries(shards)) paths.push({ params: { lang, key }, props: { shard } });
  }
  return paths;
}

/** One shard of the code map: what the header box needs to answer one status code. */
export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json' } });
