import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findContentProblems } from './content-files.ts';

/** Stops `astro build` and `astro dev` before rendering when content/ has a problem. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'smtp-error-guide:content-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        // Serving a finished build reads no content.
        if (command === 'preview') return;
        const problems = findContentProblems(fileURLToPath(config.root));
        if (problems.length > 0) {
          throw new Error(`content/ has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
        }
      },
    },
  };
}
