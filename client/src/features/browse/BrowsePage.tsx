import { useCallback, useEffect, useState } from 'react';
import { navigate } from '../../app/navigate.ts';
import { useLocation } from '../../app/useLocation.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { useDebouncedValue } from '../../ui/useDebouncedValue.ts';
import { DEFAULT_GENRES, GenreChips } from './GenreChips.tsx';
import { mergeGenres } from './mergeGenres.ts';
import { NewestTracks } from './NewestTracks.tsx';
import { SearchResults } from './SearchResults.tsx';

const SEARCH_DEBOUNCE_MS = 250;

/** Home: search as you type, or the newest tracks filtered by genre chips. State lives in the URL. */
export function BrowsePage() {
  const { search } = useLocation();
  const genre = search.get('genre');
  const [text, setText] = useState(search.get('q') ?? '');
  const [genres, setGenres] = useState(() => mergeGenres(DEFAULT_GENRES, genre ? [genre] : []));
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);

  useEffect(() => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    else if (genre) params.set('genre', genre);
    const next = params.size ? `/?${params}` : '/';
    if (next !== window.location.pathname + window.location.search) navigate(next, { replace: true });
  }, [query, genre]);

  const onGenres = useCallback((seen: string[]) => setGenres((current) => mergeGenres(current, seen)), []);
  const selectGenre = (value: string | null) =>
    navigate(value ? `/?genre=${encodeURIComponent(value)}` : '/', { replace: true });

  return (
    <section className="page">
      <PageHeading title="Browse">Browse</PageHeading>
      <search className="search">
        <label htmlFor="search-input" className="visually-hidden">
          Search tracks
        </label>
        <input
          id="search-input"
          type="search"
          className="search__input"
          placeholder="Search title, artist or album"
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </search>
      {query ? (
        <SearchResults key={query} query={query} />
      ) : (
        <>
          <GenreChips genres={genres} selected={genre} onSelect={selectGenre} />
          <NewestTracks key={genre ?? ''} genre={genre} onGenres={onGenres} />
        </>
      )}
    </section>
  );
}
