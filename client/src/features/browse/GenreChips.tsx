/** Genres offered as filters even before any track of them is loaded. */
export const DEFAULT_GENRES = [
  'Rock',
  'Pop',
  'Electronic',
  'Hip-hop',
  'Jazz',
  'Classical',
  'Folk',
  'Ambient',
];

/** Filter chips: "All" plus one per genre; toggle buttons, one pressed at a time. */
export function GenreChips({
  genres,
  selected,
  onSelect,
}: {
  genres: readonly string[];
  selected: string | null;
  onSelect: (genre: string | null) => void;
}) {
  const chip = (label: string, value: string | null) => (
    <button
      key={label}
      type="button"
      aria-pressed={selected === value}
      className={`chip${selected === value ? ' chip--on' : ''}`}
      onClick={() => onSelect(value)}
    >
      {label}
    </button>
  );
  return (
    <fieldset className="chips">
      <legend className="visually-hidden">Filter by genre</legend>
      {chip('All', null)}
      {genres.map((genre) => chip(genre, genre))}
    </fieldset>
  );
}
