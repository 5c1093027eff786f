import { describe, expect, it } from 'vitest';
import { moveRange } from './moveRange.ts';

const list = ['a', 'b', 'c', 'd', 'e'];

describe('moveRange (Spotify reorder semantics)', () => {
  it('moves an item down to before the item that was at insertBefore', () => {
    expect(moveRange(list, 0, 1, 3)).toEqual(['b', 'c', 'a', 'd', 'e']);
  });

  it('moves an item up', () => {
    expect(moveRange(list, 3, 1, 1)).toEqual(['a', 'd', 'b', 'c', 'e']);
  });

  it('moves to the end when insertBefore is the length', () => {
    expect(moveRange(list, 1, 1, 5)).toEqual(['a', 'c', 'd', 'e', 'b']);
  });

  it('moves a range, keeping its order', () => {
    expect(moveRange(list, 1, 2, 5)).toEqual(['a', 'd', 'e', 'b', 'c']);
    expect(moveRange(list, 3, 2, 0)).toEqual(['d', 'e', 'a', 'b', 'c']);
  });

  it('treats a drop onto itself or just after itself as no move', () => {
    expect(moveRange(list, 2, 1, 2)).toEqual(list);
    expect(moveRange(list, 2, 1, 3)).toEqual(list);
  });

  it('leaves the list unchanged for out-of-range arguments', () => {
    expect(moveRange(list, 4, 2, 0)).toEqual(list);
    expect(moveRange(list, -1, 1, 0)).toEqual(list);
    expect(moveRange(list, 0, 1, 6)).toEqual(list);
  });
});
