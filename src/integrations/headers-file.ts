import type { AstroIntegration } from 'astro';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeCsp, metaCsp } from '../lib/csp.ts';

/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and similar hosts) with the
 * same Content-Security-Policy the pages carry as a meta tag, plus what only a
 * header can say (`frame-ancestors`).
 */
export function headersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'smtp-error-guide:headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = new Set<string>();
        for (const file of globSync('**/*.html', { cwd: root })) {
          const policy = metaCsp(readFileSync(join(root, file), 'utf8'));
          if (policy) policies.add(policy);
        }
        if (policies.size === 0) throw new Error('No page carries a Content-Security-Policy meta tag');
        const csp = mergeCsp([...policies], ["frame-ancestors 'none'"]);
        const headers = [
          `${base}*`,
          `  Content-Security-Policy: ${csp}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '',
        ].join('\n');
        writeFileSync(join(root, '_headers'), headers);
        logger.info(`_headers written (${policies.size} distinct page policies merged)`);
      },
    },
  };
}
