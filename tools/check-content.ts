import { globSync, readFileSync } from 'node:fs';
import { mdxToJs } from 'satteri';
import { findContentProblems } from '../src/integrations/content-files.ts';

/** `npm run check:content`: the build's content checks and MDX syntax, without building. */
const problems = findContentProblems(process.cwd());
for (const file of globSync('content/**/*.mdx').sort()) {
  try {
    await mdxToJs(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${file}: body: ${(error as Error).message.split('\n')[0]}`);
  }
}
for (const p of problems) console.error(p);
console.log(problems.length === 0 ? 'content: no problems' : `content: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
