import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkCatalog,
  checkDataFolder,
  checkReference,
  formatProblem,
  missingReasons,
  type CatalogFile,
  type ReferenceFiles,
} from '../../src/lib/content-checks.ts';
import { providerSchema, REASONS } from '../../src/lib/schema.ts';

const BODY = ['what-happened', 'causes', 'sender', 'admin', 'retry']
  .map((name) => `<Section name="${name}">\n\nText.\n\n</Section>\n`)
  .join('\n');

function frontmatter(overrides: Record<string, unknown> = {}) {
  return {
    code: 550,
    status: '5.1.1',
    severity: 'permanent',
    message: 'No such user',
    aliases: [],
    variant: 'no-such-user',
    title: 'The recipient does not exist',
    summary: 'The receiving server has no mailbox for this address.',
    fix: 'Check the address for typos.',
    actors: ['sender'],
    retry: 'after-fix',
    provider: 'example-mail',
    system: 'mx.example.com',
    reason: 'address-unknown',
    source: 'https://example.com/errors',
    checked: '2026-12-01',
    keywords: 'unknown user',
    ...overrides,
  };
}

function file(lang: string, overrides: Record<string, unknown> = {}, name?: string, body = BODY): CatalogFile {
  const fm = frontmatter(overrides);
  const fileName = name ?? `${fm.code === undefined ? '' : `${fm.code}-`}${fm.status}-${fm.variant}`;
  return { file: `content/catalog/${lang}/${fileName}.mdx`, lang, name: fileName, frontmatter: fm, body };
}

const twins = (overrides: Record<string, unknown> = {}) => [file('ja', overrides), file('en', overrides)];
const known = { reply: new Set(['550', '452']), status: new Set(['X.1.1', 'X.5.3']) };
const lines = (files: CatalogFile[]) => checkCatalog(files, known).map(formatProblem);

describe('checkCatalog', () => {
  it('accepts a valid entry present in both languages', () => {
    assert.deepEqual(lines(twins()), []);
  });

  it('names the file and field of invalid frontmatter', () => {
    const bad = file('en', { fix: undefined, code: '550' });
    const out = lines([file('ja'), bad]);
    assert.ok(out.includes('content/catalog/en/550-5.1.1-no-such-user.mdx: fix: fix must be text'), out.join('\n'));
    assert.ok(
      out.some((l) => l.startsWith('content/catalog/en/550-5.1.1-no-such-user.mdx: code: code must be a three-digit reply code')),
      out.join('\n'),
    );
  });

  it('rejects a status whose class digit disagrees with the reply code', () => {
    const out = lines(twins({ status: '4.1.1' }));
    assert.ok(
      out.some((l) => /550-4\.1\.1-no-such-user\.mdx: status: class digit 4 of status 4\.1\.1 disagrees with reply code 550/.test(l)),
      out.join('\n'),
    );
  });

  it('rejects a severity that disagrees with the first digit', () => {
    const out = lines(twins({ severity: 'temporary' }));
    assert.ok(
      out.some((l) => l.endsWith('severity: reply code 550 is a permanent failure, but severity is "temporary"')),
      out.join('\n'),
    );
  });

  it('rejects an entry that exists in one language only', () => {
    const out = lines([file('ja')]);
    assert.deepEqual(out, [
      'content/catalog/ja/550-5.1.1-no-such-user.mdx: has no en twin: add content/catalog/en/550-5.1.1-no-such-user.mdx',
    ]);
  });

  it('rejects two entries that claim the same page', () => {
    const out = lines([...twins(), file('en', { message: 'User unknown' }, 'copy'), file('ja', { message: 'User unknown' }, 'copy')]);
    assert.ok(
      out.includes(
        'content/catalog/en/copy.mdx: variant: claims the same page (/en/codes/550-5.1.1/no-such-user/) as content/catalog/en/550-5.1.1-no-such-user.mdx',
      ),
      out.join('\n'),
    );
  });

  it('rejects a file name that does not match code, status and variant', () => {
    const out = lines([file('ja', {}, 'wrong-name'), file('en', {}, 'wrong-name')]);
    assert.ok(
      out.includes(
        'content/catalog/ja/wrong-name.mdx: variant: the file must be named 550-5.1.1-no-such-user.mdx to match code, status and variant',
      ),
    );
  });

  it('rejects a body without the five sections in order', () => {
    const body = BODY.replace('<Section name="causes">', '<Section name="reasons">');
    const out = lines([file('ja'), file('en', {}, undefined, body)]);
    assert.equal(out.length, 1);
    assert.match(
      out[0] ?? '',
      /^content\/catalog\/en\/550-5\.1\.1-no-such-user\.mdx: body: the body must have the sections what-happened, causes, sender, admin, retry in this order \(found: what-happened, reasons, sender, admin, retry\)$/,
    );
  });

  it('rejects facts that differ between the languages', () => {
    const out = lines([file('ja'), file('en', { message: 'No such user here' })]);
    assert.deepEqual(out, [
      'content/catalog/en/550-5.1.1-no-such-user.mdx: message: differs from content/catalog/ja/550-5.1.1-no-such-user.mdx; facts must be the same in every language',
    ]);
  });

  it('rejects codes missing from the reference data', () => {
    const out = lines(twins({ code: 553, status: '5.1.2', variant: 'bad-address' }));
    assert.ok(out.some((l) => l.endsWith('code: reply code 553 is not in content/reference/reply-codes.yaml')));
    assert.ok(out.some((l) => l.includes('status: status 5.1.2 (X.1.2) is not in content/reference/status-codes.yaml')));
  });

  it('rejects a success code in the catalog', () => {
    const out = lines(twins({ code: 250, status: '2.0.0', severity: 'permanent' }));
    assert.ok(
      out.some((l) => l.endsWith('status: catalog entries are failures: 2.0.0 must be a 4.x.x or 5.x.x status code')),
      out.join('\n'),
    );
  });

  it('accepts a sending server’s own message without a reply code, named by its status', () => {
    const own = {
      code: undefined,
      status: '4.4.1',
      severity: 'temporary',
      variant: 'connection-timed-out',
      message: 'connect to mx.example.com[192.0.2.1]:25: Connection timed out',
    };
    const out = checkCatalog(twins(own), { reply: new Set(), status: new Set(['X.4.1']) }).map(formatProblem);
    assert.deepEqual(out, []);
    assert.equal(twins(own)[0]?.file, 'content/catalog/ja/4.4.1-connection-timed-out.mdx');
  });

  it('rejects a variable part that is not in the message', () => {
    const out = lines(twins({ vary: ['user@example.com'] }));
    assert.ok(
      out.includes(
        'content/catalog/en/550-5.1.1-no-such-user.mdx: vary.0: "user@example.com" is not part of the message; list only parts of it that change',
      ),
      out.join('\n'),
    );
  });

  it('rejects an entry without its source, naming the field', () => {
    const out = lines(twins({ source: undefined }));
    assert.ok(
      out.some((l) => l.startsWith('content/catalog/en/550-5.1.1-no-such-user.mdx: source: source must be the http(s) URL')),
      out.join('\n'),
    );
  });

  it('asks for privateStatus on a code the registry does not define, and only there', () => {
    const unregistered = lines(twins({ status: '5.7.606', variant: 'banned-ip' }));
    assert.ok(
      unregistered.some((l) =>
        l.includes(
          '550-5.7.606-banned-ip.mdx: status: status 5.7.606 (X.7.606) is not in content/reference/status-codes.yaml; if the provider uses a code the registry does not define, set privateStatus: true',
        ),
      ),
      unregistered.join('\n'),
    );
    const declared = checkCatalog(twins({ status: '5.7.606', variant: 'banned-ip', privateStatus: true }), known).map(formatProblem);
    assert.ok(!declared.some((l) => l.includes('status:')), declared.join('\n'));
    const wrong = lines(twins({ privateStatus: true }));
    assert.ok(
      wrong.some((l) => l.endsWith('privateStatus: X.1.1 is in the registry: remove privateStatus')),
      wrong.join('\n'),
    );
  });

  it('rejects a provider without its file', () => {
    const out = checkCatalog(twins(), { ...known, providers: new Set(['gmail']) }).map(formatProblem);
    assert.ok(
      out.includes(
        'content/catalog/en/550-5.1.1-no-such-user.mdx: provider: "example-mail" has no file: add content/providers/example-mail.yaml',
      ),
      out.join('\n'),
    );
  });
});

describe('checkDataFolder and missingReasons', () => {
  it('names the file and field of a bad provider file', () => {
    const { problems, ids } = checkDataFolder(
      [{ file: 'content/providers/gmail.yaml', data: { name: 'Gmail', kind: 'webmail' } }],
      providerSchema,
    );
    assert.deepEqual([...ids], ['gmail']);
    assert.ok(problems.map(formatProblem).some((l) => l.startsWith('content/providers/gmail.yaml: kind: kind must be one of')));
  });
  it('names every reason without its file', () => {
    const all = new Set(REASONS.filter((r) => r !== 'mail-loop'));
    assert.deepEqual(missingReasons(all, 'content/reasons/').map(formatProblem), [
      'content/reasons/mail-loop.yaml: reason "mail-loop" has no text: add this file',
    ]);
  });
});

const digit = { name: 'n', meaning: 'm', action: 'a' };
const digits = {
  'reply-first': { 2: digit, 3: digit, 4: digit, 5: digit },
  'reply-second': { 0: digit, 1: digit, 2: digit, 3: digit, 4: digit, 5: digit },
  'status-class': { 2: digit, 4: digit, 5: digit },
  'status-subject': { 0: digit, 1: digit, 2: digit, 3: digit, 4: digit, 5: digit, 6: digit, 7: digit },
};
const replyText = { title: 't', meaning: 'm', causes: ['c'], sender: 's', admin: 'a' };
const statusText = { ...replyText, temporary: 't', permanent: 'p' };

function reference(jaReply: Record<string, unknown> = { 550: replyText }): ReferenceFiles {
  const text = (lang: string, reply: Record<string, unknown>) => ({
    reply: { file: `content/reference/${lang}/reply-codes.yaml`, data: reply },
    digits: { file: `content/reference/${lang}/digits.yaml`, data: digits },
    status: [{ file: `content/reference/${lang}/status/x.1.yaml`, data: { 'X.1.1': statusText } }],
  });
  return {
    replyFacts: { file: 'content/reference/reply-codes.yaml', data: { 550: { standing: 'standard', rfc: ['RFC 5321'] } } },
    statusFacts: {
      file: 'content/reference/status-codes.yaml',
      data: { 'X.1.1': { title: 'Bad destination mailbox address', replyCodes: '550', rfc: 'RFC 3463', reason: 'address-unknown' } },
    },
    text: { ja: text('ja', jaReply), en: text('en', { 550: replyText }) },
  };
}

describe('checkReference', () => {
  it('accepts complete reference data and reports the known codes', () => {
    const { problems, known: k } = checkReference(reference());
    assert.deepEqual(problems, []);
    assert.deepEqual([...k.reply], ['550']);
    assert.deepEqual([...k.status], ['X.1.1']);
  });

  it('names a code that has no text in one language', () => {
    const { problems } = checkReference(reference({}));
    assert.deepEqual(problems.map(formatProblem), ['content/reference/ja/reply-codes.yaml: 550: reply code 550 has no text here']);
  });

  it('names a field missing from a code text', () => {
    const { problems } = checkReference(reference({ 550: { ...replyText, admin: undefined } }));
    assert.deepEqual(problems.map(formatProblem), [
      'content/reference/ja/reply-codes.yaml: 550.admin: Invalid input: expected string, received undefined',
    ]);
  });

  it('names text for a code that the facts do not list', () => {
    const { problems } = checkReference(reference({ 550: replyText, 599: replyText }));
    assert.deepEqual(problems.map(formatProblem), ['content/reference/ja/reply-codes.yaml: 599: reply code 599 is not in the facts file']);
  });
});
