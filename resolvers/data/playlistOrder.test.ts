import { describe, expect, it } from 'vitest';
import { applyMove, checkMove, isNoOpMove, movedPositions, positionsBetween } from './playlistOrder.ts';

const sortByPosition = (entries: { id: string; pos: string }[]) =>
  [...entries].sort((a, b) => (a.pos < b.pos ? -1 : a.pos > b.pos ? 1 : 0)).map((e) => e.id);

describe('playlistOrder', () => {
  it('makes sorted positions between neighbours', () => {
    const [a, b] = positionsBetween(null, null, 2);
    const mid = positionsBetween(a ?? null, b ?? null, 3);
    expect(mid).toHaveLength(3);
    expect([a, ...mid, b]).toEqual([a, ...mid, b].slice().sort());
  });

  it('moves ranges exactly as Spotify describes, for every valid move of a 6-item list', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const positions = positionsBetween(null, null, ids.length);
    for (let rangeStart = 0; rangeStart < 6; rangeStart++) {
      for (let rangeLength = 1; rangeStart + rangeLength <= 6; rangeLength++) {
        for (let insertBefore = 0; insertBefore <= 6; insertBefore++) {
          const move = { rangeStart, rangeLength, insertBefore };
          expect(checkMove(move, 6)).toBeNull();
          const expected = applyMove(ids, move);
          if (isNoOpMove(move)) {
            expect(expected).toEqual(ids);
            continue;
          }
          const newPos = movedPositions(positions, move);
          const entries = ids.map((id, i) => ({
            id,
            pos:
              i >= rangeStart && i < rangeStart + rangeLength
                ? (newPos[i - rangeStart] ?? '')
                : (positions[i] ?? ''),
          }));
          expect(sortByPosition(entries)).toEqual(expected);
        }
      }
    }
  });

  it('moves the first item to the end (Spotify example)', () => {
    expect(applyMove(['a', 'b', 'c'], { rangeStart: 0, rangeLength: 1, insertBefore: 3 })).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(applyMove(['a', 'b', 'c'], { rangeStart: 2, rangeLength: 1, insertBefore: 0 })).toEqual([
      'c',
      'a',
      'b',
    ]);
  });

  it('refuses moves outside the list', () => {
    expect(checkMove({ rangeStart: 3, rangeLength: 1, insertBefore: 0 }, 3)).toMatch(/rangeStart/);
    expect(checkMove({ rangeStart: 1, rangeLength: 3, insertBefore: 0 }, 3)).toMatch(/rangeLength/);
    expect(checkMove({ rangeStart: 0, rangeLength: 1, insertBefore: 4 }, 3)).toMatch(/insertBefore/);
    expect(checkMove({ rangeStart: 0, rangeLength: 0, insertBefore: 2 }, 3)).toMatch(/rangeLength/);
  });
});
