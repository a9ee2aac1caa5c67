/**
 * Merges Content-Security-Policy strings directive by directive (sources united,
 * order kept), for one header that covers every page.
 * `mergeCsp(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"])` → `"script-src 'self' 'sha256-a' 'sha256-b'"`
 */
export function mergeCsp(policies: readonly string[], extra: readonly string[] = []): string {
  const directives = new Map<string, string[]>();
  for (const policy of [...policies, ...extra]) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      directives.set(name, known);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaCsp(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}
