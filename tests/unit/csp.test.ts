import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeCsp, metaCsp } from '../../src/lib/csp.ts';

describe('CSP', () => {
  it('merges policies directive by directive', () => {
    assert.equal(
      mergeCsp(
        ["default-src 'none'; script-src 'self' 'sha256-a';", "default-src 'none'; script-src 'self' 'sha256-b'"],
        ["frame-ancestors 'none'"],
      ),
      "default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'",
    );
  });
  it('reads a meta policy', () => {
    assert.equal(metaCsp('<meta http-equiv="content-security-policy" content="default-src \'none\'">'), "default-src 'none'");
    assert.equal(metaCsp('<meta charset="utf-8">'), undefined);
  });
});
