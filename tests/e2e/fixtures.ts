import { test as base, expect } from '@playwright/test';

/** Every test fails when a page logs a console error or throws. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      // Report CSP violations as console errors, so the check below catches them too.
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
      );
      page.on('console', (msg) => {
        // A page that is itself a 404 (the 404 test) logs its own status; nothing else may.
        if (msg.type() === 'error' && msg.location().url !== page.url())
          errors.push(`${page.url()} (${msg.location().url}): ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
