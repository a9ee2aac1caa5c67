/**
 * Lints the Japanese prose that textlint cannot read by itself: the YAML texts
 * (content/reference/ja, the `ja:` blocks of content/reasons and content/providers),
 * the frontmatter of content/catalog/ja/*.mdx (title, summary, fix) and the values
 * of src/i18n/ja.ts. Same rules as .textlintrc.json, through textlint's Node API.
 *
 * Usage: node tools/textlint/lint-yaml-ja.ts [file ...]   (no file: every target)
 * Exit code 1 when textlint reports a problem.
 */
import { globSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');

/** One block of prose to lint: a markdown text and, for each of its lines, the field it came from. */
type Block = { file: string; fields: string[]; text: string };

/** Fields that hold search words or literal server text, not sentences. */
const SKIP = new Set(['keywords', 'message', 'aliases']);
/** Fields that are titles: linted as headings (no final 「。」). */
const HEADINGS = new Set(['title', 'name', 'question']);

/** Turns an object of fields into markdown: strings become paragraphs, string lists become a list. */
function toBlock(file: string, path: string, fields: Record<string, unknown>): Block | undefined {
  const lines: string[] = [];
  const names: string[] = [];
  const add = (name: string, text: string) => {
    for (const line of text.split('\n')) {
      lines.push(line);
      names.push(name);
    }
  };
  for (const [key, value] of Object.entries(fields)) {
    if (SKIP.has(key)) continue;
    const name = path ? `${path}.${key}` : key;
    if (typeof value === 'string') add(name, `${HEADINGS.has(key) ? '# ' : ''}${value.trim()}\n`);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      value.forEach((v, i) => add(`${name}[${i}]`, `- ${v.trim().replace(/\n/g, ' ')}`));
      add(name, '');
    }
  }
  return lines.length ? { file, fields: names, text: lines.join('\n') } : undefined;
}

/** Every object in a YAML tree whose values are prose (strings or lists of strings) becomes one block. */
function yamlBlocks(file: string, node: unknown, path = ''): Block[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [];
  const entries = Object.entries(node as Record<string, unknown>);
  const isProse = (v: unknown) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
  const blocks: Block[] = [];
  const own = Object.fromEntries(entries.filter(([, v]) => isProse(v)));
  const block = Object.keys(own).length ? toBlock(file, path, own) : undefined;
  if (block) blocks.push(block);
  for (const [key, value] of entries) {
    if (!isProse(value)) blocks.push(...yamlBlocks(file, value, path ? `${path}.${key}` : key));
  }
  return blocks;
}

function collect(files: string[]): Block[] {
  const blocks: Block[] = [];
  for (const abs of files) {
    const file = relative(root, abs);
    const source = readFileSync(abs, 'utf8');
    if (file.startsWith('content/reference/ja/')) {
      blocks.push(...yamlBlocks(file, parse(source)));
    } else if (file.startsWith('content/reasons/') || file.startsWith('content/providers/')) {
      const ja = (parse(source) as { ja?: unknown } | null)?.ja;
      blocks.push(...yamlBlocks(file, ja, 'ja'));
    } else if (file.startsWith('content/catalog/ja/')) {
      const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
      const data = front ? (parse(front) as Record<string, unknown>) : {};
      const picked = Object.fromEntries(['title', 'summary', 'fix'].filter((k) => k in data).map((k) => [k, data[k]]));
      const block = toBlock(file, '', picked);
      if (block) blocks.push(block);
    }
  }
  return blocks;
}

async function i18nBlocks(): Promise<Block[]> {
  const { ja } = (await import('../../src/i18n/ja.ts')) as { ja: Record<string, string> };
  // One block per value: labels are short phrases, and one text must not be judged by another's style.
  // A value with no 「。」 is a label, linted as a heading.
  return Object.entries(ja).map(([key, value]) => ({
    file: 'src/i18n/ja.ts',
    fields: [key],
    text: value.includes('。') ? value : `# ${value}`,
  }));
}

const args = process.argv.slice(2).map((f) => resolve(f));
const targets = args.length
  ? args
  : ['content/reference/ja/**/*.yaml', 'content/reasons/*.yaml', 'content/providers/*.yaml', 'content/catalog/ja/*.mdx'].flatMap(
      (pattern) => globSync(pattern, { cwd: root }).map((f) => resolve(root, f)),
    );
const blocks = collect(targets.filter((f) => !f.endsWith('.ts')));
if (!args.length || args.some((f) => f.endsWith('src/i18n/ja.ts'))) blocks.push(...(await i18nBlocks()));

const descriptor = await loadTextlintrc({
  configFilePath: resolve(root, '.textlintrc.json'),
  node_modulesDir: resolve(root, 'node_modules'),
});
const linter = createLinter({ descriptor, cwd: root });

let count = 0;
const byRule = new Map<string, number>();
for (const block of blocks) {
  const result = await linter.lintText(block.text, resolve(root, 'lint-yaml-ja.md'));
  for (const m of result.messages) {
    count++;
    byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
    const field = block.fields[m.loc.start.line - 1] ?? block.fields.at(-1);
    const line = block.text.split('\n')[m.loc.start.line - 1] ?? '';
    const at = m.loc.start.column;
    const excerpt = line.slice(Math.max(0, at - 30), at + 30);
    console.log(`${block.file} ${field}: ${m.message.split('\n')[0]} (${m.ruleId})\n    …${excerpt}…`);
  }
}
if (count) {
  const rules = [...byRule]
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  console.log(`\n${count} problem(s) in ${blocks.length} YAML/TS text block(s): ${rules}`);
} else {
  console.log(`lint-yaml-ja: ${blocks.length} text block(s), no problems`);
}
process.exit(count ? 1 : 0);
