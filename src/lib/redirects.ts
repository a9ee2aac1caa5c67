import { z } from 'astro/zod';

const pagePath = z.string().regex(/^[a-z0-9][a-z0-9.\-/]*\/$/, { error: 'must be a language-less path ending with /, e.g. reply/5xx/' });

export const redirectsSchema = z.array(z.strictObject({ from: pagePath, to: pagePath }));
export type Redirect = z.output<typeof redirectsSchema>[number];

/** A redirect page to build: base-less paths, with the language of the page when it has one. */
export interface RedirectPage {
  from: string;
  to: string;
  lang: string | undefined;
}

/**
 * The redirect pages for each entry: the language-less path and each language's copy.
 * `redirectPages([{from:'a/',to:'b/'}], ['en'])` → `[{from:'a/',to:'b/',lang:undefined},{from:'en/a/',to:'en/b/',lang:'en'}]`
 */
export function redirectPages(list: readonly Redirect[], langs: readonly string[]): RedirectPage[] {
  return list.flatMap(({ from, to }) => [
    { from, to, lang: undefined },
    ...langs.map((lang) => ({ from: `${lang}/${from}`, to: `${lang}/${to}`, lang })),
  ]);
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
