import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { otherLang, pickLang } from '../../src/i18n/locales.ts';
import { format } from '../../src/i18n/ui.ts';
import {
  absoluteUrl,
  localePath,
  pairPath,
  replyDigitSlug,
  searchPath,
  splitLocalePath,
  statusDigitSlug,
  stripBase,
  variantPath,
  withBase,
} from '../../src/lib/urls.ts';

describe('URL shapes', () => {
  it('builds catalog paths that keep the dots of codes', () => {
    assert.equal(pairPath(550, '5.1.1'), 'codes/550-5.1.1/');
    assert.equal(variantPath(550, '5.7.1', 'spf-check-failed'), 'codes/550-5.7.1/spf-check-failed/');
    assert.equal(localePath('en', pairPath(452, '4.5.3')), '/en/codes/452-4.5.3/');
    assert.equal(localePath('ja'), '/ja/');
  });

  it('names digit explainers', () => {
    assert.equal(replyDigitSlug(0, '4'), '4xx');
    assert.equal(replyDigitSlug(1, '5'), 'x5x');
    assert.equal(statusDigitSlug(0, '5'), '5.x.x');
    assert.equal(statusDigitSlug(1, '7'), 'x.7.x');
  });

  it('encodes search queries', () => {
    assert.equal(searchPath('550 5.1.1'), 'search/?q=550+5.1.1');
    assert.equal(searchPath('<b>&'), 'search/?q=%3Cb%3E%26');
    assert.equal(searchPath(), 'search/');
  });

  it('adds and removes a base path', () => {
    assert.equal(withBase('/', '/en/'), '/en/');
    assert.equal(withBase('/help/smtp/', '/en/'), '/help/smtp/en/');
    assert.equal(withBase('/help/smtp', 'en/'), '/help/smtp/en/');
    assert.equal(stripBase('/help/smtp/', '/help/smtp/en/codes/'), '/en/codes/');
    assert.equal(stripBase('/', '/en/'), '/en/');
    assert.equal(absoluteUrl('https://x.test', '/help/', '/ja/'), 'https://x.test/help/ja/');
  });

  it('splits a language prefix off a path', () => {
    assert.deepEqual(splitLocalePath('/ja/codes/550-5.1.1/'), { lang: 'ja', path: 'codes/550-5.1.1/' });
    assert.deepEqual(splitLocalePath('/codes/550-5.1.1/'), { lang: undefined, path: 'codes/550-5.1.1/' });
  });
});

describe('languages', () => {
  it('picks the first supported language from browser preferences', () => {
    assert.equal(pickLang(['fr-FR', 'ja-JP', 'en']), 'ja');
    assert.equal(pickLang(['EN-gb']), 'en');
    assert.equal(pickLang(['de']), 'en');
    assert.equal(pickLang([]), 'en');
    assert.equal(otherLang('ja'), 'en');
  });

  it('fills placeholders and leaves unknown ones', () => {
    assert.equal(format('{count} of {pair}', { count: 3, pair: '550 5.7.1' }), '3 of 550 5.7.1');
    assert.equal(format('{missing}', {}), '{missing}');
  });
});
