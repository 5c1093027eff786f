/** Saved example operations, one tab each in the explorer. */
export interface ExampleOperation {
  readonly query: string;
  readonly variables?: string;
}

const trackFields = `id title artist album genre durationSeconds streamUrl coverUrl
      playCount favouriteCount isFavourite uploader { id displayName }`;

export const exampleOperations: readonly ExampleOperation[] = [
  {
    query: `# Browse: the newest tracks, optionally by genre. Sign in first (top bar).
query BrowseTracks($first: Int, $after: String, $genre: String) {
  me { id displayName email }
  tracks(first: $first, after: $after, filter: { genre: $genre }) {
    edges { cursor node { ${trackFields} } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: JSON.stringify({ first: 10, genre: null }, null, 2),
  },
  {
    query: `# Search: word prefixes over title, artist and album (case- and accent-insensitive).
query SearchTracks($query: String!) {
  searchTracks(query: $query, first: 10) {
    edges { node { id title artist album genre } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: JSON.stringify({ query: 'sun' }, null, 2),
  },
  {
    query: `# Create a playlist, then add tracks to it (paste ids from "BrowseTracks").
mutation CreatePlaylist($input: CreatePlaylistInput!) {
  createPlaylist(input: $input) { id name isPublic version trackCount }
}

mutation AddTracks($playlistId: ID!, $trackIds: [ID!]!, $expectedVersion: Int) {
  addTracksToPlaylist(playlistId: $playlistId, trackIds: $trackIds, expectedVersion: $expectedVersion) {
    id version trackCount durationSeconds
    tracks(first: 20) { edges { node { id addedAt track { title artist } } } }
  }
}

query MyPlaylists {
  myPlaylists(first: 20) { edges { node { id name trackCount version updatedAt } } }
}`,
    variables: JSON.stringify(
      { input: { name: 'Made in the explorer', isPublic: false }, playlistId: '', trackIds: [] },
      null,
      2,
    ),
  },
  {
    query: `# Favourite a track (idempotent), then list favourites.
mutation Favourite($trackId: ID!) {
  favouriteTrack(trackId: $trackId) { id title isFavourite favouriteCount }
}

query MyFavourites {
  myFavourites(first: 20) { edges { node { favouritedAt track { id title artist } } } }
}`,
    variables: JSON.stringify({ trackId: '' }, null, 2),
  },
];
