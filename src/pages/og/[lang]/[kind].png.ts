import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { LANGS, type Lang } from '../../../i18n/locales.ts';
import { ui, type UiKey } from '../../../i18n/ui.ts';
import { PREVIEW_KINDS, type PreviewKind } from '../../../lib/og.ts';
import { previewSvg } from '../../../lib/preview-image.ts';

const HEADINGS: Record<PreviewKind, UiKey> = {
  home: 'previewHome',
  code: 'previewCode',
  reply: 'previewReply',
  status: 'previewStatus',
  digit: 'previewDigit',
  search: 'previewSearch',
};

export function getStaticPaths() {
  return LANGS.flatMap((lang) => PREVIEW_KINDS.map((kind) => ({ params: { lang, kind } })));
}

/** One link-preview image per kind of page and language, so chat tools show a useful card. */
export const GET: APIRoute = async ({ params }) => {
  const t = ui(params.lang as Lang);
  const svg = previewSvg({ site: t.siteName, heading: t[HEADINGS[params.kind as PreviewKind]], line: '550 5.1.1 No such user' });
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
