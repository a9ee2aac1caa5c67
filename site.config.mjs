// @ts-check
/**
 * Where the site is hosted: the one place to set it. Both can be overridden at
 * build time: SITE_URL=https://help.example.com BASE_PATH=/smtp/ npm run build
 */
export const siteUrl = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
export const basePath = process.env.BASE_PATH ?? '/';
/** Build output folder (a second build, e.g. under a sub-path, can go elsewhere). */
export const outDir = process.env.OUT_DIR ?? './dist';
