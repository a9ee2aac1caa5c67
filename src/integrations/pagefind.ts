import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Fails loudly: a green build with a broken search index is worse than a red one. */
function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
}

/** Builds the full-text search index (one per page language) into `dist/pagefind/` after every build. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'smtp-error-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const start = performance.now();
        try {
          const created = await pagefind.createIndex({});
          check('createIndex', created);
          const index = created.index;
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: site });
          check('addDirectory', added);
          if (added.page_count === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
          check('writeFiles', await index.writeFiles({ outputPath: `${site}pagefind` }));
          logger.info(`search index written from ${added.page_count} HTML files in ${Math.round(performance.now() - start)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
