import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site, url }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site ?? url.origin, import.meta.env.BASE_URL, '/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
