declare namespace App {
  interface Locals {
    /** The page's language, from its address (set by `src/middleware.ts`). */
    lang: import('./i18n/locales.ts').Lang;
    /** The UI strings of that language. */
    t: import('./i18n/ui.ts').Dictionary;
  }
}
