import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareStatus, entryPath, genericStatus, groupPairs } from '../../src/lib/catalog.ts';

const e = (code: number, status: string, variant: string, message = variant) => ({ code, status, variant, message });

describe('groupPairs', () => {
  it('groups by reply and status code, sorted numerically', () => {
    const pairs = groupPairs([
      e(553, '5.1.10', 'b'),
      e(550, '5.7.1', 'z'),
      e(550, '5.7.1', 'a'),
      e(553, '5.1.2', 'c'),
      e(421, '4.3.2', 'd'),
    ]);
    assert.deepEqual(
      pairs.map((p) => [p.slug, p.entries.map((x) => x.variant)]),
      [
        ['421-4.3.2', ['d']],
        ['550-5.7.1', ['a', 'z']],
        ['553-5.1.2', ['c']],
        ['553-5.1.10', ['b']],
      ],
    );
  });

  it('puts a lone message on the pair page and several on their own pages', () => {
    const [single, multi] = groupPairs([e(550, '5.1.1', 'no-such-user'), e(550, '5.7.1', 'spam'), e(550, '5.7.1', 'spf')]);
    assert.ok(single && multi);
    assert.equal(entryPath(single.entries[0]!, single), 'codes/550-5.1.1/');
    assert.equal(entryPath(multi.entries[1]!, multi), 'codes/550-5.7.1/spf/');
  });
});

describe('status codes', () => {
  it('compare digit group by digit group', () => {
    assert.ok(compareStatus('5.1.2', '5.1.10') < 0);
    assert.ok(compareStatus('5.7.1', '5.1.10') > 0);
    assert.equal(compareStatus('4.4.1', '4.4.1'), 0);
  });
  it('have a class-free registry form', () => {
    assert.equal(genericStatus('5.7.26'), 'X.7.26');
  });
});
