// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { LANGS } from './src/i18n/locales.ts';
import { redirectRoutes, redirectsSchema } from './src/lib/redirects.ts';
import { basePath, outDir, siteUrl } from './site.config.mjs';

// A bad redirects file is reported, with its file and field, by the content check.
const redirectsFile = redirectsSchema.safeParse(parse(readFileSync(new URL('./content/redirects.yaml', import.meta.url), 'utf8')));
const redirects = redirectsFile.success ? redirectsFile.data : [];

export default defineConfig({
  site: siteUrl,
  base: basePath,
  outDir,
  redirects: redirectRoutes(redirects, LANGS),
  trailingSlash: 'always',
  compressHTML: false,
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [contentCheck(), mdx(), pagefindIndex()],
  // Scripts stay external files so the Content-Security-Policy needs no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
