import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeIndex, IndexEntry } from '../../src/lib/code-index.ts';
import {
  decodeLoosely,
  diagnose,
  editDistance,
  entriesWith,
  fixSection,
  langOf,
  likelyPages,
  MAX_SHOWN_CHARS,
  pageTitle,
  parsePairSlug,
  queryOf,
  readAddress,
  visibleText,
  type SiteMap,
} from '../../src/lib/not-found.ts';

const site: SiteMap = {
  paths: [
    '',
    'codes/550-5.1.1/',
    'codes/550-5.7.1/',
    'codes/550-5.7.1/spf-check-failed/',
    'codes/550-5.7.1/ip-blocked-by-administrator/',
    'codes/550-5.7.1/gmail-low-domain-reputation/',
    'codes/550-5.7.1/gmail-low-ip-reputation/',
    'codes/550-5.7.515/',
    'codes/4.4.1/',
    'reply/550/',
    'reply/551/',
    'reply/552/',
    'reply/5xx/',
    'reply/x5x/',
    'status/5.1.1/',
    'status/5.7.1/',
    'status/5.7.26/',
    'status/5.x.x/',
    'status/x.7.x/',
    'status/x.1.x/',
    'providers/gmail/',
    'providers/gmx/',
    'reasons/mailbox-full/',
    'guides/how-to-read-a-bounce/',
    'search/',
  ],
  redirects: { 'reply/5yz/': 'reply/5xx/' },
};

describe('readAddress', () => {
  it('reads the language and the page path', () => {
    assert.deepEqual(readAddress('/en/codes/550-5.1.1/'), { lang: 'en', path: 'codes/550-5.1.1/', shown: '/en/codes/550-5.1.1/' });
    assert.deepEqual(readAddress('/codes/550-5.1.1/'), { lang: undefined, path: 'codes/550-5.1.1/', shown: '/codes/550-5.1.1/' });
    assert.equal(readAddress('/ja/').path, '');
  });

  it('ignores capitals, a missing final slash, doubled slashes and index.html', () => {
    for (const p of [
      '/EN/CODES/550-5.1.1/',
      '/en/codes/550-5.1.1',
      '/en//codes///550-5.1.1//',
      '/en/codes/550-5.1.1/index.html',
      '/en/codes/550-5.1.1.html',
    ]) {
      const a = readAddress(p);
      assert.equal(a.lang, 'en', p);
      assert.equal(a.path, 'codes/550-5.1.1/', p);
    }
  });

  it('reads full-width characters and the dashes Japanese input methods type', () => {
    const fullWidth = encodeURI('/ｊａ/ｃｏｄｅｓ/５５０－５．１．１/');
    assert.deepEqual(readAddress(fullWidth), { lang: 'ja', path: 'codes/550-5.1.1/', shown: '/ｊａ/ｃｏｄｅｓ/５５０－５．１．１/' });
    assert.equal(readAddress(encodeURI('/ja/codes/550ー5。1。1/')).path, 'codes/550-5.1.1/');
    assert.equal(readAddress(encodeURI('/ja/codes/550–5.1.1/')).path, 'codes/550-5.1.1/');
  });

  it('strips the base path, whatever its case', () => {
    assert.deepEqual(readAddress('/help/smtp/en/reply/550/', '/help/smtp/'), {
      lang: 'en',
      path: 'reply/550/',
      shown: '/help/smtp/en/reply/550/',
    });
    assert.equal(readAddress('/HELP/SMTP/EN/REPLY/550', '/help/smtp/').path, 'reply/550/');
    assert.equal(readAddress('/other/en/reply/550/', '/help/smtp/').path, 'other/en/reply/550/');
  });

  it('names language variants', () => {
    assert.equal(langOf('ja-jp'), 'ja');
    assert.equal(langOf('jp'), 'ja');
    assert.equal(langOf('en_us'), 'en');
    assert.equal(langOf('fr'), undefined);
    assert.equal(langOf('codes'), undefined);
  });

  it('shows hostile addresses as plain, bounded text', () => {
    const markup = readAddress('/en/%3Cscript%3Ealert(1)%3C/script%3E/');
    assert.equal(markup.shown, '/en/<script>alert(1)</script>/');
    const controls = readAddress('/en/a%00b%1Bc%E2%80%AEd%0A/');
    assert.equal(controls.shown, '/en/a\uFFFDb\uFFFDc\uFFFDd\uFFFD/');
    assert.doesNotMatch(controls.path, /[\u0000-\u001f\u202e]/);
    const long = readAddress(`/en/${'a'.repeat(10_000)}/`);
    assert.equal(long.shown.length, MAX_SHOWN_CHARS + 1);
    assert.ok(long.shown.endsWith('…'));
    assert.ok(long.path.length <= 2048);
  });

  it('never throws on broken percent-encoding', () => {
    assert.equal(decodeLoosely('%E3%81%82%ZZ%'), 'あ%ZZ%');
    assert.equal(decodeLoosely('%C0%AF'), '%C0%AF');
    assert.equal(readAddress('/en/%E0%A4%A/').lang, 'en');
  });

  it('is linear: a 10,000-character address is read at once', () => {
    const start = performance.now();
    for (let i = 0; i < 50; i++) readAddress(`/en/${'%3C'.repeat(3_000)}${'-/'.repeat(2_000)}`);
    assert.ok(performance.now() - start < 1000);
  });
});

describe('visibleText', () => {
  it('cuts by characters, not UTF-16 halves', () => {
    assert.equal(visibleText('📧📧📧', 2), '📧📧…');
    assert.equal(visibleText('abc', 5), 'abc');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    assert.equal(editDistance('spf-check-failed', 'spf-check-failed'), 0);
    assert.equal(editDistance('spf-chekc-failed', 'spf-check-failed'), 1);
    assert.equal(editDistance('spf-check-faild', 'spf-check-failed'), 1);
    assert.equal(editDistance('spf-chck-faild', 'spf-check-failed'), 2);
    assert.equal(editDistance('gmial', 'gmail'), 1);
    assert.equal(editDistance('kitten', 'sitting', 5), 3);
  });

  it('stops above the limit', () => {
    assert.equal(editDistance('abcdef', 'uvwxyz'), 3);
    assert.equal(editDistance('a', 'a'.repeat(1000)), 3);
    assert.equal(editDistance('x'.repeat(500), 'y'.repeat(500)), 3);
  });
});

describe('parsePairSlug and fixSection', () => {
  it('reads the ways people write a code pair', () => {
    assert.deepEqual(parsePairSlug('550-5.1.1'), { reply: '550', status: '5.1.1' });
    assert.deepEqual(parsePairSlug('550_5.1.1'), { reply: '550', status: '5.1.1' });
    assert.deepEqual(parsePairSlug('5505.1.1'), { reply: '550', status: '5.1.1' });
    assert.deepEqual(parsePairSlug('550-5-1-1'), { reply: '550', status: '5.1.1' });
    assert.deepEqual(parsePairSlug('5.7.515'), { status: '5.7.515' });
    assert.deepEqual(parsePairSlug('599'), { reply: '599' });
    assert.equal(parsePairSlug('spf-check-failed'), undefined);
    assert.equal(parsePairSlug('650-5.1.1'), undefined);
  });

  it('mends a section name', () => {
    assert.equal(fixSection('codes'), 'codes');
    assert.equal(fixSection('code'), 'codes');
    assert.equal(fixSection('cdoes'), 'codes');
    assert.equal(fixSection('staus'), 'status');
    assert.equal(fixSection('provider'), 'providers');
    assert.equal(fixSection('wp-admin'), undefined);
  });
});

describe('diagnose', () => {
  it('opens a page the address means exactly', () => {
    assert.deepEqual(diagnose('codes/550-5.1.1/', site), { kind: 'page', path: 'codes/550-5.1.1/' });
    assert.deepEqual(diagnose('', site), { kind: 'page', path: '' });
    assert.deepEqual(diagnose('reply/5yz/', site), { kind: 'page', path: 'reply/5xx/' });
    assert.deepEqual(diagnose('code/550-5.1.1/', site), { kind: 'page', path: 'codes/550-5.1.1/' });
    assert.deepEqual(diagnose('codes/550_5.1.1/', site), { kind: 'page', path: 'codes/550-5.1.1/' });
    assert.deepEqual(diagnose('550-5.1.1/', site), { kind: 'page', path: 'codes/550-5.1.1/' });
    assert.deepEqual(diagnose('codes/5.7.1/', site), { kind: 'page', path: 'status/5.7.1/' });
    assert.deepEqual(diagnose('codes/550/', site), { kind: 'page', path: 'reply/550/' });
  });

  it('opens the variant a near-miss slug means (Damerau-Levenshtein ≤ 2)', () => {
    assert.deepEqual(diagnose('codes/550-5.7.1/spf-chekc-failed/', site), { kind: 'page', path: 'codes/550-5.7.1/spf-check-failed/' });
    assert.deepEqual(diagnose('codes/550-5.7.1/spf-chck-faild/', site), { kind: 'page', path: 'codes/550-5.7.1/spf-check-failed/' });
    assert.deepEqual(diagnose('providers/gmial/', site), { kind: 'page', path: 'providers/gmail/' });
    assert.deepEqual(diagnose('guides/how-to-read-a-bounse/', site), { kind: 'page', path: 'guides/how-to-read-a-bounce/' });
    assert.deepEqual(diagnose('status/x.7.y/', site), { kind: 'page', path: 'status/x.7.x/' });
  });

  it('lists the pages when several are as close', () => {
    const tie = diagnose('reply/55/', site);
    assert.equal(tie.kind, 'choices');
    assert.deepEqual(tie.kind === 'choices' && tie.paths, ['reply/550/', 'reply/551/', 'reply/552/']);
    const partial = diagnose('codes/550-5.7.1/gmail-low/', site);
    assert.equal(partial.kind, 'choices');
    assert.deepEqual(partial.kind === 'choices' && partial.paths.slice(0, 3), [
      'codes/550-5.7.1/',
      'codes/550-5.7.1/gmail-low-domain-reputation/',
      'codes/550-5.7.1/gmail-low-ip-reputation/',
    ]);
    const far = diagnose('codes/550-5.7.1/nothing-like-it/', site);
    assert.deepEqual(far.kind === 'choices' && far.paths[0], 'codes/550-5.7.1/');
  });

  it('explains a pair with no page, and codes no registry defines', () => {
    assert.deepEqual(diagnose('codes/550-5.7.26/', site), { kind: 'pair', reply: '550', status: '5.7.26' });
    assert.deepEqual(diagnose('codes/550-5.7.26/some-variant/', site), { kind: 'pair', reply: '550', status: '5.7.26' });
    assert.deepEqual(diagnose('status/5.7.515/', site), { kind: 'status', status: '5.7.515' });
    assert.deepEqual(diagnose('codes/5.9.9/', site), { kind: 'status', status: '5.9.9' });
    assert.deepEqual(diagnose('reply/599/', site), { kind: 'reply', reply: '599' });
  });

  it('otherwise gives the words of the address and the pages most like it', () => {
    assert.deepEqual(diagnose('wp-admin/setup/', site), { kind: 'words', query: 'wp admin setup', paths: [] });
    const full = diagnose('mailbox-is-full/', site);
    assert.equal(full.kind, 'words');
    assert.equal(full.kind === 'words' && full.query, 'mailbox is full');
    assert.equal(full.kind === 'words' && full.paths[0], 'reasons/mailbox-full/');
    const extra = diagnose('reply/550/more/stuff/', site);
    assert.equal(extra.kind === 'words' && extra.paths[0], 'reply/550/');
    const statusExtra = diagnose('status/5.7.1/more/', site);
    assert.equal(statusExtra.kind === 'words' && statusExtra.paths[0], 'status/5.7.1/');
  });

  it('handles a hostile address in linear time', () => {
    const start = performance.now();
    const path = readAddress(`/en/${'a-'.repeat(5_000)}/${'<script>'.repeat(500)}/`).path;
    const d = diagnose(path, site);
    assert.equal(d.kind, 'words');
    assert.ok(d.kind === 'words' && d.query.length <= 200);
    assert.ok(performance.now() - start < 1000);
  });
});

describe('queryOf and likelyPages', () => {
  it('keeps codes whole and splits words', () => {
    assert.equal(queryOf('guides/spf-dkim/'), 'spf dkim');
    assert.equal(queryOf('foo/550-5.1.1/'), 'foo 550-5.1.1');
  });

  it('ranks pages by the words they share', () => {
    assert.deepEqual(likelyPages('gmail-ip-reputation/', site.paths, 2), [
      'codes/550-5.7.1/gmail-low-ip-reputation/',
      'codes/550-5.7.1/gmail-low-domain-reputation/',
    ]);
    assert.deepEqual(likelyPages('gmail/', site.paths, 1), ['providers/gmail/']);
    assert.deepEqual(likelyPages('a/b/1/', site.paths), []);
  });
});

const entry = (code: number | undefined, status: string, path: string): IndexEntry => ({
  ...(code === undefined ? {} : { code }),
  status,
  message: `message of ${path}`,
  aliases: [],
  vary: [],
  provider: 'p',
  reason: 'r',
  actors: ['sender'],
  retry: 'after-fix',
  path,
  title: `title of ${path}`,
  fix: 'fix',
  severity: 'permanent',
});

const index = {
  entries: [
    entry(550, '5.1.1', 'codes/550-5.1.1/'),
    entry(550, '5.7.1', 'codes/550-5.7.1/spf-check-failed/'),
    entry(421, '4.7.26', 'codes/421-4.7.26/'),
    entry(550, '5.7.26', 'codes/550-5.7.26/'),
    entry(550, '5.7.515', 'codes/550-5.7.515/'),
  ],
  reasons: { 'mailbox-full': { title: 'The mailbox is full', path: 'reasons/mailbox-full/' } },
  providers: { gmail: { name: 'Gmail', hosts: [], tags: [], path: 'providers/gmail/' } },
  reply: { 550: { title: 'Mailbox unavailable', meaning: 'm' } },
  status: { 'X.7.1': { title: 'Delivery not authorized', temporary: 't', permanent: 'p' } },
  digits: {
    replyFirst: { 5: 'Permanent' },
    replySecond: { 5: 'Mail system' },
    statusClass: { 5: 'Permanent failure' },
    statusSubject: { 7: 'Security' },
  },
} as unknown as CodeIndex;

describe('entriesWith and pageTitle', () => {
  it('offers the same status code first, then the same reply code, closest subject first', () => {
    const { shown, total } = entriesWith(index, { reply: '550', status: '5.7.26' }, 3);
    assert.equal(total, 4);
    assert.deepEqual(
      shown.map((e) => e.path),
      ['codes/550-5.7.26/', 'codes/550-5.7.1/spf-check-failed/', 'codes/550-5.7.515/'],
    );
  });

  it('names pages from the code index', () => {
    assert.equal(pageTitle('codes/550-5.7.1/spf-check-failed/', index), 'title of codes/550-5.7.1/spf-check-failed/');
    assert.equal(pageTitle('codes/550-5.7.1/', index), 'Delivery not authorized');
    assert.equal(pageTitle('reply/550/', index), 'Mailbox unavailable');
    assert.equal(pageTitle('reply/x5x/', index), 'Mail system');
    assert.equal(pageTitle('status/5.x.x/', index), 'Permanent failure');
    assert.equal(pageTitle('status/x.7.x/', index), 'Security');
    assert.equal(pageTitle('providers/gmail/', index), 'Gmail');
    assert.equal(pageTitle('reasons/mailbox-full/', index), 'The mailbox is full');
    assert.equal(pageTitle('guides/x/', index), undefined);
  });
});
