/** Kinds of page that get their own link-preview image. */
export const PREVIEW_KINDS = ['home', 'code', 'reply', 'status', 'digit', 'search'] as const;
export type PreviewKind = (typeof PREVIEW_KINDS)[number];

/**
 * Which preview image a page uses, from its language-less path.
 * `previewKind('codes/550-5.1.1/')` → `'code'`; `previewKind('status/x.7.x/')` → `'digit'`
 */
export function previewKind(path: string): PreviewKind {
  if (path === '') return 'home';
  if (path.startsWith('codes/')) return 'code';
  if (/^(reply|status)\/[^/]*x/.test(path)) return 'digit';
  if (path.startsWith('reply/')) return 'reply';
  if (path.startsWith('status/')) return 'status';
  return 'search';
}

/** `previewImagePath('ja', 'code')` → `'og/ja/code.png'` */
export function previewImagePath(lang: string, kind: PreviewKind): string {
  return `og/${lang}/${kind}.png`;
}
