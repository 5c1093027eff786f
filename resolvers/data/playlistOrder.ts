import { generateNKeysBetween } from 'fractional-indexing';

/**
 * Playlist order as fractional-index keys: each entry's `position` sorts between its neighbours',
 * so inserting or moving items writes only those items, never the rest of the list.
 */

/** `n` new positions that sort between `before` and `after` (null = the list's start or end). */
export const positionsBetween = (before: string | null, after: string | null, n: number): string[] =>
  generateNKeysBetween(before, after, n);

export interface MoveRange {
  readonly rangeStart: number;
  readonly rangeLength: number;
  readonly insertBefore: number;
}

/**
 * Checks a move against the list length (Spotify's semantics: `insertBefore` indexes the list before
 * the move, `length` meaning the end). Returns an error message, or null when the move is valid.
 */
export const checkMove = (move: MoveRange, length: number): string | null => {
  const { rangeStart, rangeLength, insertBefore } = move;
  if (!Number.isInteger(rangeStart) || rangeStart < 0 || rangeStart >= length)
    return `rangeStart must be between 0 and ${Math.max(0, length - 1)}`;
  if (!Number.isInteger(rangeLength) || rangeLength < 1 || rangeStart + rangeLength > length)
    return `rangeLength must be between 1 and ${length - rangeStart}`;
  if (!Number.isInteger(insertBefore) || insertBefore < 0 || insertBefore > length)
    return `insertBefore must be between 0 and ${length}`;
  return null;
};

/** True when the move leaves the order as it is (the range moves next to itself). */
export const isNoOpMove = ({ rangeStart, rangeLength, insertBefore }: MoveRange): boolean =>
  insertBefore >= rangeStart && insertBefore <= rangeStart + rangeLength;

/** How many leading entries a move must read: the range and both neighbours of the gap. */
export const entriesNeededForMove = ({ rangeStart, rangeLength, insertBefore }: MoveRange): number =>
  Math.max(rangeStart + rangeLength, insertBefore + 1);

/**
 * New positions for the moved range, given the positions of the first entries in order
 * (at least `entriesNeededForMove` of them, or all when the list is shorter).
 */
export const movedPositions = (positions: readonly string[], move: MoveRange): string[] => {
  const before = move.insertBefore > 0 ? (positions[move.insertBefore - 1] ?? null) : null;
  const after = positions[move.insertBefore] ?? null;
  return positionsBetween(before, after, move.rangeLength);
};

/** The list after a move, by Spotify's semantics; used to test `movedPositions` against. */
export const applyMove = <T>(list: readonly T[], move: MoveRange): T[] => {
  if (isNoOpMove(move)) return [...list];
  const range = list.slice(move.rangeStart, move.rangeStart + move.rangeLength);
  const rest = [...list.slice(0, move.rangeStart), ...list.slice(move.rangeStart + move.rangeLength)];
  const at = move.insertBefore > move.rangeStart ? move.insertBefore - move.rangeLength : move.insertBefore;
  return [...rest.slice(0, at), ...range, ...rest.slice(at)];
};
