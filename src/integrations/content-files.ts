import { existsSync, globSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { LANGS } from '../i18n/locales.ts';
import {
  checkCatalog,
  checkDataFolder,
  checkReference,
  formatProblem,
  missingReasons,
  type CatalogFile,
  type DataFile,
  type Problem,
  type ReferenceFiles,
} from '../lib/content-checks.ts';
import { redirectProblems, redirectsSchema } from '../lib/redirects.ts';
import { providerSchema, reasonSchema } from '../lib/schema.ts';

/** Reads content/ from disk for the checks; YAML errors become problems, not crashes. */

function readYaml(root: string, path: string, problems: Problem[]): DataFile {
  const file = relative(root, path);
  if (!existsSync(path)) {
    problems.push({ file, message: 'the file is missing' });
    return { file, data: undefined };
  }
  try {
    return { file, data: parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    problems.push({ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return { file, data: undefined };
  }
}

/** Splits an MDX file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(source: string): { frontmatter: string | undefined; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { frontmatter: undefined, body: source };
  return { frontmatter: match[1], body: source.slice(match[0].length) };
}

function readCatalog(root: string, problems: Problem[]): CatalogFile[] {
  const dir = join(root, 'content/catalog');
  return globSync('*/*.mdx', { cwd: dir })
    .sort()
    .map((path) => {
      const file = relative(root, join(dir, path));
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, path), 'utf8'));
      let data: unknown;
      if (frontmatter === undefined) {
        problems.push({ file, field: 'frontmatter', message: 'the file must start with YAML frontmatter between --- lines' });
      } else {
        try {
          data = parse(frontmatter);
        } catch (error) {
          problems.push({ file, field: 'frontmatter', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
        }
      }
      return { file, lang: dirname(path), name: basename(path, '.mdx'), frontmatter: data, body };
    });
}

function readReference(root: string, problems: Problem[]): ReferenceFiles {
  const ref = join(root, 'content/reference');
  const text: ReferenceFiles['text'] = {};
  for (const lang of LANGS) {
    const statusFiles = globSync('*.yaml', { cwd: join(ref, lang, 'status') }).sort();
    text[lang] = {
      reply: readYaml(root, join(ref, lang, 'reply-codes.yaml'), problems),
      digits: readYaml(root, join(ref, lang, 'digits.yaml'), problems),
      status: statusFiles.map((f) => readYaml(root, join(ref, lang, 'status', f), problems)),
    };
  }
  return {
    replyFacts: readYaml(root, join(ref, 'reply-codes.yaml'), problems),
    statusFacts: readYaml(root, join(ref, 'status-codes.yaml'), problems),
    text,
  };
}

function redirectsFileProblems(root: string, problems: Problem[]): void {
  const file = readYaml(root, join(root, 'content/redirects.yaml'), problems);
  if (file.data === undefined) return;
  const parsed = redirectsSchema.safeParse(file.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file: file.file, field: issue.path.join('.'), message: issue.message });
    return;
  }
  for (const message of redirectProblems(parsed.data)) problems.push({ file: file.file, message });
}

function readFolder(root: string, folder: string, problems: Problem[]): DataFile[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return globSync('*.yaml', { cwd: dir })
    .sort()
    .map((f) => readYaml(root, join(dir, f), problems));
}

/** Every guide exists in every language, and every guide a reason names exists. */
function guideProblems(root: string, reasonFiles: DataFile[]): Problem[] {
  const dir = join(root, 'content/guides');
  const slugs = new Map(
    LANGS.map((lang) => [
      lang,
      new Set(existsSync(join(dir, lang)) ? globSync('*.mdx', { cwd: join(dir, lang) }).map((f) => basename(f, '.mdx')) : []),
    ]),
  );
  const problems: Problem[] = [];
  for (const [lang, names] of slugs) {
    for (const slug of names) {
      for (const other of LANGS) {
        if (!slugs.get(other)?.has(slug))
          problems.push({
            file: `content/guides/${lang}/${slug}.mdx`,
            message: `has no ${other} twin: add content/guides/${other}/${slug}.mdx`,
          });
      }
    }
  }
  const all = new Set([...slugs.values()].flatMap((s) => [...s]));
  for (const file of reasonFiles) {
    const guides = (file.data as { guides?: unknown } | undefined)?.guides;
    if (!Array.isArray(guides)) continue;
    guides.forEach((slug, i) => {
      if (!all.has(String(slug)))
        problems.push({ file: file.file, field: `guides.${i}`, message: `there is no guide "${String(slug)}" in content/guides/` });
    });
  }
  return problems;
}

/** Every problem in the project's content/, as `file: field: message` lines. */
export function findContentProblems(root: string): string[] {
  const problems: Problem[] = [];
  redirectsFileProblems(root, problems);
  const reference = checkReference(readReference(root, problems));
  problems.push(...reference.problems);
  const providers = checkDataFolder(readFolder(root, 'content/providers', problems), providerSchema);
  const reasons = checkDataFolder(readFolder(root, 'content/reasons', problems), reasonSchema);
  problems.push(...providers.problems, ...reasons.problems);
  problems.push(...checkCatalog(readCatalog(root, problems), { ...reference.known, providers: providers.ids }));
  problems.push(...missingReasons(reasons.ids, 'content/reasons/'));
  problems.push(...guideProblems(root, readFolder(root, 'content/reasons', [])));
  return problems.map(formatProblem);
}
