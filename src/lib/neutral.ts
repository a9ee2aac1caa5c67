/**
 * A short name for a language-neutral page, from its path.
 * `neutralLabel('codes/550-5.7.1/spf-check-failed/')` → `'550 5.7.1 spf-check-failed'`;
 * `neutralLabel('search/')` → `undefined`
 */
export function neutralLabel(path: string): string | undefined {
  const [kind, slug, variant] = path.split('/');
  if (kind === 'codes' && slug) return [slug.replace('-', ' '), variant].filter(Boolean).join(' ');
  if ((kind === 'reply' || kind === 'status') && slug) return slug;
  return undefined;
}
