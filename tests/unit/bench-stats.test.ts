import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { median, percentile, table } from '../../scripts/bench/stats.ts';

describe('benchmark statistics', () => {
  it('takes nearest-rank percentiles', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(percentile([1, 2, 3, 4], 50), 2);
    assert.equal(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95,
      ),
      95,
    );
    assert.ok(Number.isNaN(median([])));
  });
  it('writes a Markdown table', () => {
    assert.equal(table(['a', 'b'], [[1, 'x']]), '| a | b |\n| --- | --- |\n| 1 | x |');
  });
});
