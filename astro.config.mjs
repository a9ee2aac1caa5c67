// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { headersFile } from './src/integrations/headers-file.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULT_LANG, LANGS } from './src/i18n/locales.ts';
import { redirectPages, redirectsSchema } from './src/lib/redirects.ts';
import { basePath, outDir, siteUrl } from './site.config.mjs';

// A bad redirects file is reported, with its file and field, by the content check.
const redirectsFile = redirectsSchema.safeParse(parse(readFileSync(new URL('./content/redirects.yaml', import.meta.url), 'utf8')));
const redirects = redirectPages(redirectsFile.success ? redirectsFile.data : [], LANGS);
const siteRoot = new URL(basePath, siteUrl);
const redirected = new Set(redirects.map((r) => new URL(r.from, siteRoot).href));

export default defineConfig({
  site: siteUrl,
  base: basePath,
  outDir,
  trailingSlash: 'always',
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "connect-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  compressHTML: false,
  // No code blocks to highlight, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({
      // Only each language's pages: language-neutral pages and redirects are not canonical.
      filter: (page) => !redirected.has(page) && LANGS.some((lang) => page.startsWith(new URL(`${lang}/`, siteRoot).href)),
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGS.map((lang) => [lang, lang])) },
    }),
    pagefindIndex(),
    headersFile(),
  ],
  // Scripts stay external files so the Content-Security-Policy needs no inline script.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // MDX in a content collection always triggers this harmless notice (withastro/astro#18087).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
