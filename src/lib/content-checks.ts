import type { z } from 'astro/zod';
import { LANGS } from '../i18n/locales.ts';
import {
  REASONS,
  SECTION_NAMES,
  catalogEntrySchema,
  digitsFileSchema,
  replyFactsFileSchema,
  replyFileSchema,
  statusFactsFileSchema,
  statusFileSchema,
  type CatalogEntryData,
} from './schema.ts';
import { pairPath, pairSlug, variantPath } from './urls.ts';

/** One thing wrong with the content, precise enough to fix without searching. */
export interface Problem {
  file: string;
  field?: string;
  message: string;
}

/** A catalog MDX file as read from disk: `name` is the file name without `.mdx`; `frontmatter` is `undefined` when it could not be read. */
export interface CatalogFile {
  file: string;
  lang: string;
  name: string;
  frontmatter: unknown;
  body: string;
}

/** A reference YAML file as read from disk. */
export interface DataFile {
  file: string;
  data: unknown;
}

export interface ReferenceFiles {
  replyFacts: DataFile;
  statusFacts: DataFile;
  /** Per language: reply code text, digit text, and one status text file per subject. */
  text: Record<string, { reply: DataFile; digits: DataFile; status: DataFile[] }>;
}

/** `formatProblem({file:'a.mdx', field:'code', message:'…'})` → `'a.mdx: code: …'` */
export function formatProblem(p: Problem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

function schemaProblems(file: string, error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { file, field: path || undefined, message: issue.message };
  });
}

/** The five body sections, in order, e.g. `<Section name="causes">`. */
function sectionProblems(file: string, body: string): Problem[] {
  const found = [...body.matchAll(/<Section\s+name="([^"]*)"\s*>/g)].map((m) => m[1]);
  const expected = [...SECTION_NAMES];
  if (found.join() === expected.join()) return [];
  return [
    {
      file,
      field: 'body',
      message: `the body must have the sections ${expected.join(', ')} in this order (found: ${found.join(', ') || 'none'})`,
    },
  ];
}

interface ValidEntry {
  file: string;
  lang: string;
  name: string;
  data: CatalogEntryData;
}

function entryRuleProblems(e: ValidEntry, known?: KnownCodes): Problem[] {
  const { file, data } = e;
  const problems: Problem[] = [];
  const cls = data.status[0];
  if (cls !== '4' && cls !== '5') {
    problems.push({ file, field: 'status', message: `catalog entries are failures: ${data.status} must be a 4.x.x or 5.x.x status code` });
  } else {
    if (data.code !== undefined && String(data.code)[0] !== cls) {
      problems.push({
        file,
        field: 'status',
        message: `class digit ${cls} of status ${data.status} disagrees with reply code ${data.code} (must be ${String(data.code)[0]})`,
      });
    }
    const expected = cls === '4' ? 'temporary' : 'permanent';
    if (data.severity !== expected) {
      problems.push({
        file,
        field: 'severity',
        message: `${data.code === undefined ? `status ${data.status}` : `reply code ${data.code}`} is a ${expected} failure, but severity is "${data.severity}"`,
      });
    }
  }
  data.vary.forEach((part, i) => {
    if (!data.message.includes(part)) {
      problems.push({ file, field: `vary.${i}`, message: `"${part}" is not part of the message; list only parts of it that change` });
    }
  });
  const expectedName = `${pairSlug(data.code, data.status)}-${data.variant}`;
  if (e.name !== expectedName) {
    problems.push({ file, field: 'variant', message: `the file must be named ${expectedName}.mdx to match code, status and variant` });
  }
  if (known) {
    if (known.providers && !known.providers.has(data.provider)) {
      problems.push({ file, field: 'provider', message: `"${data.provider}" has no file: add content/providers/${data.provider}.yaml` });
    }
    if (data.code !== undefined && !known.reply.has(String(data.code))) {
      problems.push({ file, field: 'code', message: `reply code ${data.code} is not in content/reference/reply-codes.yaml` });
    }
    const generic = `X.${data.status.split('.').slice(1).join('.')}`;
    if (!known.status.has(generic) && !data.privateStatus) {
      problems.push({
        file,
        field: 'status',
        message: `status ${data.status} (${generic}) is not in content/reference/status-codes.yaml; if the provider uses a code the registry does not define, set privateStatus: true`,
      });
    }
    if (known.status.has(generic) && data.privateStatus) {
      problems.push({ file, field: 'privateStatus', message: `${generic} is in the registry: remove privateStatus` });
    }
  }
  return problems;
}

export interface KnownCodes {
  reply: Set<string>;
  status: Set<string>;
  /** Ids of `content/providers/*.yaml`; when given, every entry's provider must be one. */
  providers?: Set<string>;
}

/** Validates one-entry-per-file data (`content/providers/gmail.yaml`): each file against the schema; the ids are the file names. */
export function checkDataFolder(files: readonly DataFile[], schema: z.ZodType): { problems: Problem[]; ids: Set<string> } {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    ids.add(file.file.replace(/^.*\//, '').replace(/\.yaml$/, ''));
    if (file.data === undefined) continue;
    const parsed = schema.safeParse(file.data);
    if (!parsed.success) problems.push(...schemaProblems(file.file, parsed.error));
  }
  return { problems, ids };
}

/** Every reason of the schema has its page text. */
export function missingReasons(ids: Set<string>, folder: string): Problem[] {
  return REASONS.filter((r) => !ids.has(r)).map((r) => ({
    file: `${folder}${r}.yaml`,
    message: `reason "${r}" has no text: add this file`,
  }));
}

/** Facts that must read the same in every language's copy of an entry. */
const SHARED_FIELDS = [
  'code',
  'status',
  'severity',
  'message',
  'aliases',
  'vary',
  'variant',
  'privateStatus',
  'actors',
  'retry',
  'provider',
  'system',
  'reason',
  'source',
  'sourceKind',
  'checked',
] as const;

/**
 * Checks the catalog as a whole: each file's frontmatter and body, the rules
 * between code, status and severity, that every entry exists in every language
 * with the same facts, and that no two entries claim the same page.
 */
export function checkCatalog(files: readonly CatalogFile[], known?: KnownCodes): Problem[] {
  const problems: Problem[] = [];
  const valid: ValidEntry[] = [];
  for (const f of files) {
    if (!(LANGS as readonly string[]).includes(f.lang)) {
      problems.push({ file: f.file, message: `the folder must be one of ${LANGS.join(', ')}, not "${f.lang}"` });
      continue;
    }
    problems.push(...sectionProblems(f.file, f.body));
    // Unreadable frontmatter (`undefined`) was reported when the file was read.
    if (f.frontmatter === undefined) continue;
    const parsed = catalogEntrySchema.safeParse(f.frontmatter);
    if (!parsed.success) {
      problems.push(...schemaProblems(f.file, parsed.error));
      continue;
    }
    const entry = { file: f.file, lang: f.lang, name: f.name, data: parsed.data };
    problems.push(...entryRuleProblems(entry, known));
    valid.push(entry);
  }

  for (const lang of LANGS) {
    const pages = new Map<string, string>();
    const inLang = valid.filter((e) => e.lang === lang);
    for (const e of inLang) {
      const path = variantPath(e.data.code, e.data.status, e.data.variant);
      const other = pages.get(path);
      if (other) problems.push({ file: e.file, field: 'variant', message: `claims the same page (/${lang}/${path}) as ${other}` });
      else pages.set(path, e.file);
    }
    const messages = new Map<string, string>();
    for (const e of inLang) {
      const key = `${pairPath(e.data.code, e.data.status)} ${e.data.message}`;
      const other = messages.get(key);
      if (other) problems.push({ file: e.file, field: 'message', message: `repeats the code and message of ${other}` });
      else messages.set(key, e.file);
    }
  }

  const byName = new Map<string, ValidEntry[]>();
  for (const e of valid) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  const namesByLang = new Map(LANGS.map((l) => [l, new Set(files.filter((f) => f.lang === l).map((f) => f.name))]));
  for (const f of files) {
    for (const lang of LANGS) {
      if (lang !== f.lang && !namesByLang.get(lang)?.has(f.name)) {
        problems.push({ file: f.file, message: `has no ${lang} twin: add content/catalog/${lang}/${f.name}.mdx` });
      }
    }
  }
  for (const twins of byName.values()) {
    const [first, ...rest] = twins;
    if (!first) continue;
    for (const other of rest) {
      for (const field of SHARED_FIELDS) {
        if (JSON.stringify(first.data[field]) !== JSON.stringify(other.data[field])) {
          problems.push({ file: other.file, field, message: `differs from ${first.file}; facts must be the same in every language` });
        }
      }
    }
  }
  return problems;
}

function keysOf(data: unknown): string[] {
  return data && typeof data === 'object' ? Object.keys(data) : [];
}

/**
 * Checks the reference data: facts files and per-language text files parse,
 * and every code of the facts has text in every language (and no stray text).
 */
export function checkReference(ref: ReferenceFiles): { problems: Problem[]; known: KnownCodes } {
  const problems: Problem[] = [];
  // A file that is missing or not YAML has `data: undefined` and was reported when it was read.
  const validate = (file: DataFile, schema: z.ZodType) => {
    if (file.data === undefined) return;
    const parsed = schema.safeParse(file.data);
    if (!parsed.success) problems.push(...schemaProblems(file.file, parsed.error));
  };
  validate(ref.replyFacts, replyFactsFileSchema);
  validate(ref.statusFacts, statusFactsFileSchema);
  const known: KnownCodes = { reply: new Set(keysOf(ref.replyFacts.data)), status: new Set(keysOf(ref.statusFacts.data)) };

  for (const lang of LANGS) {
    const text = ref.text[lang];
    if (!text) {
      problems.push({ file: `content/reference/${lang}/`, message: 'the reference text for this language is missing' });
      continue;
    }
    validate(text.reply, replyFileSchema);
    validate(text.digits, digitsFileSchema);
    if (text.reply.data !== undefined) {
      problems.push(...coverage(text.reply.file, known.reply, new Set(keysOf(text.reply.data)), 'reply code'));
    }

    const statusKeys = new Set<string>();
    for (const part of text.status) {
      validate(part, statusFileSchema);
      for (const key of keysOf(part.data)) statusKeys.add(key);
    }
    const statusDir = `content/reference/${lang}/status/`;
    problems.push(...coverage(statusDir, known.status, statusKeys, 'status code'));
  }
  return { problems, known };
}

function coverage(file: string, expected: Set<string>, actual: Set<string>, what: string): Problem[] {
  const problems: Problem[] = [];
  for (const code of expected) {
    if (!actual.has(code)) problems.push({ file, field: code, message: `${what} ${code} has no text here` });
  }
  for (const code of actual) {
    if (!expected.has(code)) problems.push({ file, field: code, message: `${what} ${code} is not in the facts file` });
  }
  return problems;
}
