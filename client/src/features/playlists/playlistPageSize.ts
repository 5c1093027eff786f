/**
 * Items per page of a playlist. Every playlist mutation returns the first page in this size (the
 * `PlaylistDetail` fragment reads `$first`), so it must match between the page query and the mutations.
 */
export const PLAYLIST_PAGE_SIZE = 50;
