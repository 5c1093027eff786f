/**
 * Text folding for search and filters: case- and accent-insensitive ("Beyoncé" matches "beyonce"),
 * split into words on anything that is not a letter or a digit.
 */

/** Longest prefix that gets its own search partition; longer query words are checked in code. */
export const MAX_PREFIX_LENGTH = 12;

/** Lower-cased, accents stripped (NFKD then combining marks removed), whitespace collapsed. */
export const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();

/** The distinct folded words of a text, in order of first appearance. */
export const words = (text: string): string[] => [
  ...new Set(
    fold(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0),
  ),
];

/** Every word prefix (1…MAX_PREFIX_LENGTH characters) of the given texts: one search entry each. */
export const searchPrefixes = (texts: readonly (string | null)[]): string[] => {
  const prefixes = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of words(text)) {
      const chars = [...word];
      for (let n = 1; n <= Math.min(chars.length, MAX_PREFIX_LENGTH); n++)
        prefixes.add(chars.slice(0, n).join(''));
    }
  }
  return [...prefixes];
};

/** True when every query word is a prefix of some word of the track. */
export const matchesAll = (queryWords: readonly string[], trackWords: readonly string[]): boolean =>
  queryWords.every((q) => trackWords.some((w) => w.startsWith(q)));

/**
 * The query word to look up: the longest, since it has the fewest matches. Words that prefix
 * another query word add nothing and are dropped by the caller's `matchesAll` anyway.
 */
export const lookupPrefix = (queryWords: readonly string[]): string | null => {
  let best: string | null = null;
  for (const w of queryWords) if (best === null || [...w].length > [...best].length) best = w;
  return best === null ? null : [...best].slice(0, MAX_PREFIX_LENGTH).join('');
};
