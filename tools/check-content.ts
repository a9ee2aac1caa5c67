import { findContentProblems } from '../src/lib/content-files.ts';

/** `npm run check:content`: the build's content checks, without building. */
const problems = findContentProblems(process.cwd());
for (const p of problems) console.error(p);
console.log(problems.length === 0 ? 'content: no problems' : `content: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
