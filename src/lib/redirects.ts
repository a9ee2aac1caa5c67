import { z } from 'astro/zod';

const pagePath = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.\-/]*\/$/, { error: 'must be a language-less path ending with /, e.g. reply/5xx/' });

export const redirectsSchema = z.array(z.strictObject({ from: pagePath, to: pagePath }));
export type Redirect = z.output<typeof redirectsSchema>[number];

/**
 * Astro `redirects` for each entry: the language-less path and each language's copy.
 * `redirectRoutes([{from:'a/',to:'b/'}], ['en'])` → `{ '/a/': '/b/', '/en/a/': '/en/b/' }`
 */
export function redirectRoutes(list: readonly Redirect[], langs: readonly string[]): Record<string, string> {
  const routes: Record<string, string> = {};
  for (const { from, to } of list) {
    routes[`/${from}`] = `/${to}`;
    for (const lang of langs) routes[`/${lang}/${from}`] = `/${lang}/${to}`;
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
