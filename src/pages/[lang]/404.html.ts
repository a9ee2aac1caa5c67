import type { APIRoute } from 'astro';
import { LANGS } from '../../i18n/locales.ts';

/**
 * `/ja/404.html` and `/en/404.html`: hosts that look for the nearest
 * `404.html` (Cloudflare Pages, many nginx setups) serve these under each
 * language folder. They are the site's not-found page (`src/pages/404.astro`),
 * rendered with this path's language first, so the text reads right without
 * JavaScript too. (A page file would be built as `/ja/404/index.html`.)
 */
export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ rewrite }) => rewrite('/404/');
