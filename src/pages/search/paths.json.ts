import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { SiteMap } from '../../lib/not-found.ts';
import { pagePaths } from '../../site/pages.ts';

/**
 * Every page's language-less path and the retired paths of `content/redirects.yaml`:
 * what the not-found page compares a mistyped address with (`src/client/not-found.ts`).
 */
export const GET: APIRoute = async () => {
  const redirects = (await getCollection('redirects')).map((r) => r.data).sort((a, b) => a.from.localeCompare(b.from));
  const map: SiteMap = {
    paths: await pagePaths(),
    redirects: Object.fromEntries(redirects.map((r) => [r.from, r.to])),
  };
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json' } });
};
