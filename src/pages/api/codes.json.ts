import type { APIRoute } from 'astro';
import { codesJson } from '../../site/api.ts';

export const GET: APIRoute = async ({ site, url }) =>
  new Response(JSON.stringify(await codesJson(site ?? url.origin, import.meta.env.BASE_URL), null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
