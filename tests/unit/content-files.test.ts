import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findContentProblems, splitFrontmatter } from '../../src/integrations/content-files.ts';

const root = join(import.meta.dirname, '../..');

/** A copy of the project's content/ to break on purpose. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

describe('findContentProblems', () => {
  it('finds no problem in the project content', () => {
    assert.deepEqual(findContentProblems(root), []);
  });

  it('names a file whose frontmatter is not YAML', () => {
    const dir = contentCopy();
    const path = join(dir, 'content/catalog/en/550-5.1.1-no-such-user.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('code: 550', 'code: [550'));
    const problems = findContentProblems(dir);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0] ?? '', /^content\/catalog\/en\/550-5\.1\.1-no-such-user\.mdx: frontmatter: is not valid YAML/);
  });

  it('names the field when a status disagrees with its reply code', () => {
    const dir = contentCopy();
    for (const lang of ['ja', 'en']) {
      const path = join(dir, `content/catalog/${lang}/550-5.1.1-no-such-user.mdx`);
      writeFileSync(path, readFileSync(path, 'utf8').replace('severity: permanent', 'severity: temporary'));
    }
    assert.deepEqual(
      findContentProblems(dir).map((p) => p.replace(/^content\/catalog\/(ja|en)\//, '')),
      ['550-5.1.1-no-such-user.mdx: severity: reply code 550 is a permanent failure, but severity is "temporary"'].flatMap((l) => [l, l]),
    );
  });

  it('names a reference file that is missing', () => {
    const dir = contentCopy();
    writeFileSync(join(dir, 'content/reference/ja/digits.yaml'), 'reply-first: [');
    const problems = findContentProblems(dir);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0] ?? '', /^content\/reference\/ja\/digits\.yaml: is not valid YAML/);
  });
});

describe('splitFrontmatter', () => {
  it('splits YAML frontmatter from the body', () => {
    assert.deepEqual(splitFrontmatter('---\na: 1\n---\n\nBody'), { frontmatter: 'a: 1', body: '\nBody' });
  });
  it('reports a file without frontmatter', () => {
    assert.deepEqual(splitFrontmatter('Body'), { frontmatter: undefined, body: 'Body' });
  });
});
