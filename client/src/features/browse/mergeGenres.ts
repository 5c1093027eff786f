/**
 * The genre chips to show: the defaults plus every genre seen in loaded tracks, deduplicated
 * case-insensitively (the API compares genres that way), defaults first, then by name.
 */
export function mergeGenres(
  defaults: readonly string[],
  seen: ReadonlyArray<string | null | undefined>,
): string[] {
  const byKey = new Map<string, string>();
  for (const genre of defaults) byKey.set(genre.toLocaleLowerCase(), genre);
  const extra = new Map<string, string>();
  for (const genre of seen) {
    const trimmed = genre?.trim();
    if (!trimmed) continue;
    const key = trimmed.toLocaleLowerCase();
    if (!byKey.has(key) && !extra.has(key)) extra.set(key, trimmed);
  }
  return [...byKey.values(), ...[...extra.values()].sort((a, b) => a.localeCompare(b))];
}
