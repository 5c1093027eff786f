/** Entries that share a calendar day (in the listener's time zone). */
export interface DayGroup<T> {
  /** `YYYY-MM-DD`, local time. */
  readonly day: string;
  readonly entries: T[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant, as `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Groups entries (already newest first) by local day, keeping their order. */
export function groupByDay<T>(entries: readonly T[], dateOf: (entry: T) => string): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const entry of entries) {
    const day = localDay(new Date(dateOf(entry)));
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.entries.push(entry);
    else groups.push({ day, entries: [entry] });
  }
  return groups;
}

/** "Today", "Yesterday", or a readable date for a `YYYY-MM-DD` day. */
export function dayLabel(day: string, now: Date = new Date()): string {
  if (day === localDay(now)) return 'Today';
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (day === localDay(yesterday)) return 'Yesterday';
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).toLocaleDateString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}
