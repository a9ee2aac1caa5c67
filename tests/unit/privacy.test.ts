import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keepInUrl, maskAddress, maskAddresses } from '../../src/lib/privacy.ts';

describe('keepInUrl', () => {
  it('keeps a code or a short error line', () => {
    assert.equal(keepInUrl('550 5.1.1'), true);
    assert.equal(keepInUrl('550 5.1.1 No such user yQIGnbTrmLrqb282aVrA - nsmtp'), true);
    assert.equal(keepInUrl('メールボックスがいっぱい'), true);
  });
  it('never keeps an address, a header, several lines or a long paste', () => {
    assert.equal(keepInUrl('550 5.1.1 <bob@example.com>: Recipient address rejected'), false);
    assert.equal(keepInUrl('Final-Recipient: rfc822; x'), false);
    assert.equal(keepInUrl('Diagnostic-Code: smtp; 550 5.1.1 User unknown'), false);
    assert.equal(keepInUrl('550-5.1.1 The email account\n550 5.1.1 does not exist'), false);
    assert.equal(keepInUrl('x'.repeat(161)), false);
  });
});

describe('maskAddress', () => {
  it('keeps the first letter and the domain', () => {
    assert.equal(maskAddress('bob@example.com'), 'b…@example.com');
    assert.equal(maskAddress('not an address'), 'not an address');
  });
});

describe('maskAddresses', () => {
  it('masks every address in a reply and leaves the rest', () => {
    assert.equal(
      maskAddresses('550 5.1.1 <bob@example.com>: Recipient address rejected (to ann@example.org)'),
      '550 5.1.1 <b…@example.com>: Recipient address rejected (to a…@example.org)',
    );
  });
});
