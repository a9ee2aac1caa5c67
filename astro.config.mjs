// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { basePath, siteUrl } from './site.config.mjs';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  compressHTML: false,
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [contentCheck(), mdx(), pagefindIndex()],
  // Scripts stay external files so the Content-Security-Policy needs no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
