import { execFileSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
const REPLIES = ['421', '450', '451', '452', '550', '551', '552', '553', '554'];

export interface BuildRun {
  entries: number;
  pages: number;
  totalMs: number;
  pagefindMs: number;
  astroMs: number;
  distBytes: number;
  indexBytes: number;
}

function folderBytes(dir: string): number {
  return globSync('**/*', { cwd: dir }).reduce((n, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

/** A copy of the project whose catalog has `perLanguage` entries in each language (the real ones plus generated ones). */
function syntheticProject(perLanguage: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-${perLanguage}-`));
  for (const item of ['astro.config.mjs', 'site.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const statuses = Object.keys(parse(readFileSync(join(ROOT, 'content/reference/status-codes.yaml'), 'utf8')) as object);
  const real = globSync('*.mdx', { cwd: join(ROOT, 'content/catalog/en') }).length;
  for (const lang of ['ja', 'en']) {
    const template = readFileSync(join(ROOT, `content/catalog/${lang}/550-5.1.1-no-such-user.mdx`), 'utf8');
    const body = template.slice(template.indexOf('---', 3) + 3);
    mkdirSync(join(dir, 'content/catalog', lang), { recursive: true });
    for (let i = 0; i < perLanguage - real; i++) {
      const reply = REPLIES[i % REPLIES.length]!;
      const status = statuses[Math.floor(i / REPLIES.length) % statuses.length]!.replace('X', reply[0]!);
      const variant = `bench-${i}`;
      const frontmatter = [
        `code: ${reply}`,
        `status: "${status}"`,
        `severity: ${reply.startsWith('4') ? 'temporary' : 'permanent'}`,
        `message: "Generated message number ${i} for the build benchmark"`,
        'aliases: []',
        `variant: ${variant}`,
        `title: "Benchmark entry ${i}"`,
        `summary: "Benchmark entry ${i}, generated to measure how the build grows with the catalog."`,
        `fix: "Nothing to fix: entry ${i} exists only in the benchmark's temporary copy."`,
        'actors: [sender]',
        'retry: after-fix',
        'provider: Benchmark',
        'system: bench.invalid',
        `keywords: "benchmark entry${i}"`,
      ].join('\n');
      writeFileSync(join(dir, 'content/catalog', lang, `${reply}-${status}-${variant}.mdx`), `---\n${frontmatter}\n---${body}`);
    }
  }
  return dir;
}

/** Builds a synthetic project once and reports Astro and Pagefind time and sizes. */
export function buildOnce(perLanguage: number): BuildRun {
  const dir = syntheticProject(perLanguage);
  try {
    const start = performance.now();
    const log = execFileSync(join(dir, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const totalMs = performance.now() - start;
    const pagefindMs = Number(/search index written from \d+ HTML files in (\d+) ms/.exec(log)?.[1] ?? Number.NaN);
    const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? Number.NaN);
    return {
      entries: perLanguage,
      pages,
      totalMs,
      pagefindMs,
      astroMs: totalMs - pagefindMs,
      distBytes: folderBytes(join(dir, 'dist')),
      indexBytes: folderBytes(join(dir, 'dist/pagefind')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
