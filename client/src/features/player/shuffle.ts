/** A random number in [0, 1), injectable so tests are deterministic. */
export type Random = () => number;

/** A Fisher–Yates shuffle: every order equally likely. Returns a new array. */
export function shuffle<T>(items: readonly T[], random: Random = Math.random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = result[i] as T;
    result[i] = result[j] as T;
    result[j] = a;
  }
  return result;
}
