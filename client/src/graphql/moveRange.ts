/**
 * Spotify's reorder semantics, as `movePlaylistItems` applies them: the `rangeLength` items starting at
 * `rangeStart` move to just before the item that was at `insertBefore` in the original list (the list's
 * length means the end). Returns a new array; an out-of-range move returns a copy unchanged.
 */
export function moveRange<T>(
  list: readonly T[],
  rangeStart: number,
  rangeLength: number,
  insertBefore: number,
): T[] {
  const end = rangeStart + rangeLength;
  if (
    rangeStart < 0 ||
    rangeLength < 1 ||
    end > list.length ||
    insertBefore < 0 ||
    insertBefore > list.length
  ) {
    return [...list];
  }
  if (insertBefore >= rangeStart && insertBefore <= end) return [...list];
  const moved = list.slice(rangeStart, end);
  const rest = [...list.slice(0, rangeStart), ...list.slice(end)];
  const target = insertBefore > rangeStart ? insertBefore - rangeLength : insertBefore;
  rest.splice(target, 0, ...moved);
  return rest;
}
