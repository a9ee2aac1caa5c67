import { z } from 'astro/zod';
import { withBase } from './urls.ts';

const pagePath = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.\-/]*\/$/, { error: 'must be a language-less path ending with /, e.g. reply/5xx/' });

export const redirectsSchema = z.array(z.strictObject({ from: pagePath, to: pagePath }));
export type Redirect = z.output<typeof redirectsSchema>[number];

/**
 * Astro `redirects` for each entry: the language-less path and each language's copy.
 * Sources are base-relative; destinations carry the base (Astro does not add it).
 * `redirectRoutes([{from:'a/',to:'b/'}], ['en'], '/help/')` → `{ '/a/': '/help/b/', '/en/a/': '/help/en/b/' }`
 */
export function redirectRoutes(list: readonly Redirect[], langs: readonly string[], base = '/'): Record<string, string> {
  const routes: Record<string, string> = {};
  for (const { from, to } of list) {
    routes[`/${from}`] = withBase(base, `/${to}`);
    for (const lang of langs) routes[`/${lang}/${from}`] = withBase(base, `/${lang}/${to}`);
  }
  return routes;
}

/** Problems with the list: a path sent to itself, a chain, or a path listed twice. */
export function redirectProblems(list: readonly Redirect[]): string[] {
  const problems: string[] = [];
  const froms = new Set<string>();
  for (const { from, to } of list) {
    if (from === to) problems.push(`${from} redirects to itself`);
    if (froms.has(from)) problems.push(`${from} is listed twice`);
    froms.add(from);
  }
  for (const { from, to } of list) if (froms.has(to)) problems.push(`${from} redirects to ${to}, which redirects again`);
  return problems;
}
