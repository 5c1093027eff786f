/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query BrowseTracks($first: Int!, $after: String, $filter: TrackFilter) {\n    tracks(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...TrackRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BrowseTracksDocument,
    "\n  query SearchTracks($query: String!, $first: Int!, $after: String) {\n    searchTracks(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrackRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchTracksDocument,
    "\n  query MyFavourites($first: Int!, $after: String) {\n    myFavourites(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          favouritedAt\n          track {\n            ...TrackRow\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyFavouritesDocument,
    "\n  query MyHistory($first: Int!, $after: String) {\n    myHistory(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          playedAt\n          msPlayed\n          track {\n            ...TrackRow\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyHistoryDocument,
    "\n  mutation ClearHistory {\n    clearHistory\n  }\n": typeof types.ClearHistoryDocument,
    "\n  mutation RecordPlay($input: RecordPlayInput!) {\n    recordPlay(input: $input) {\n      id\n      playedAt\n      msPlayed\n      track {\n        id\n        playCount\n      }\n    }\n  }\n": typeof types.RecordPlayDocument,
    "\n  query TrackStream($id: ID!) {\n    track(id: $id) {\n      id\n      streamUrl\n    }\n  }\n": typeof types.TrackStreamDocument,
    "\n  query PlaylistPicker($first: Int!) {\n    myPlaylists(first: $first) {\n      edges {\n        cursor\n        node {\n          ...PlaylistSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PlaylistPickerDocument,
    "\n  mutation AddTracksToPlaylist($playlistId: ID!, $trackIds: [ID!]!, $first: Int!) {\n    addTracksToPlaylist(playlistId: $playlistId, trackIds: $trackIds) {\n      ...PlaylistDetail\n    }\n  }\n": typeof types.AddTracksToPlaylistDocument,
    "\n  mutation CreatePlaylist($input: CreatePlaylistInput!) {\n    createPlaylist(input: $input) {\n      ...PlaylistSummary\n    }\n  }\n": typeof types.CreatePlaylistDocument,
    "\n  fragment PlaylistSummary on Playlist {\n    id\n    name\n    description\n    isPublic\n    trackCount\n    durationSeconds\n    version\n    updatedAt\n  }\n": typeof types.PlaylistSummaryFragmentDoc,
    "\n  fragment PlaylistItemPage on PlaylistItemConnection {\n    edges {\n      cursor\n      node {\n        id\n        addedAt\n        track {\n          ...TrackRow\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.PlaylistItemPageFragmentDoc,
    "\n  fragment PlaylistDetail on Playlist {\n    id\n    name\n    description\n    isPublic\n    trackCount\n    durationSeconds\n    version\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    tracks(first: $first) {\n      ...PlaylistItemPage\n    }\n  }\n": typeof types.PlaylistDetailFragmentDoc,
    "\n  query Playlist($id: ID!, $first: Int!) {\n    playlist(id: $id) {\n      ...PlaylistDetail\n    }\n  }\n": typeof types.PlaylistDocument,
    "\n  query PlaylistMoreItems($id: ID!, $first: Int!, $after: String) {\n    playlist(id: $id) {\n      id\n      tracks(first: $first, after: $after) {\n        ...PlaylistItemPage\n      }\n    }\n  }\n": typeof types.PlaylistMoreItemsDocument,
    "\n  mutation DeletePlaylist($id: ID!) {\n    deletePlaylist(id: $id)\n  }\n": typeof types.DeletePlaylistDocument,
    "\n  query MyPlaylists($first: Int!, $after: String) {\n    myPlaylists(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PlaylistSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyPlaylistsDocument,
    "\n  mutation MovePlaylistItems(\n    $playlistId: ID!\n    $rangeStart: Int!\n    $insertBefore: Int!\n    $expectedVersion: Int\n    $first: Int!\n  ) {\n    movePlaylistItems(\n      playlistId: $playlistId\n      rangeStart: $rangeStart\n      rangeLength: 1\n      insertBefore: $insertBefore\n      expectedVersion: $expectedVersion\n    ) {\n      ...PlaylistDetail\n    }\n  }\n": typeof types.MovePlaylistItemsDocument,
    "\n  mutation RemovePlaylistItems($playlistId: ID!, $itemIds: [ID!]!, $expectedVersion: Int, $first: Int!) {\n    removePlaylistItems(playlistId: $playlistId, itemIds: $itemIds, expectedVersion: $expectedVersion) {\n      ...PlaylistDetail\n    }\n  }\n": typeof types.RemovePlaylistItemsDocument,
    "\n  mutation UpdatePlaylist($id: ID!, $input: UpdatePlaylistInput!, $expectedVersion: Int) {\n    updatePlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...PlaylistSummary\n    }\n  }\n": typeof types.UpdatePlaylistDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      avatarUrl\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      avatarUrl\n      createdAt\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation DeleteTrack($id: ID!) {\n    deleteTrack(id: $id)\n  }\n": typeof types.DeleteTrackDocument,
    "\n  mutation UpdateTrack($id: ID!, $input: UpdateTrackInput!) {\n    updateTrack(id: $id, input: $input) {\n      ...TrackRow\n    }\n  }\n": typeof types.UpdateTrackDocument,
    "\n  mutation FavouriteTrack($trackId: ID!) {\n    favouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n": typeof types.FavouriteTrackDocument,
    "\n  mutation UnfavouriteTrack($trackId: ID!) {\n    unfavouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n": typeof types.UnfavouriteTrackDocument,
    "\n  query Track($id: ID!) {\n    track(id: $id) {\n      ...TrackRow\n      createdAt\n      uploader {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": typeof types.TrackDocument,
    "\n  fragment TrackRow on Track {\n    id\n    title\n    artist\n    album\n    genre\n    durationSeconds\n    streamUrl\n    coverUrl\n    playCount\n    favouriteCount\n    isFavourite\n  }\n": typeof types.TrackRowFragmentDoc,
    "\n  mutation CreateTrackUpload($input: CreateTrackUploadInput!) {\n    createTrackUpload(input: $input) {\n      url\n      fields\n      key\n      expiresAt\n    }\n  }\n": typeof types.CreateTrackUploadDocument,
    "\n  mutation CreateTrack($input: CreateTrackInput!) {\n    createTrack(input: $input) {\n      ...TrackRow\n      createdAt\n    }\n  }\n": typeof types.CreateTrackDocument,
    "\n  query TestTrackCounts($id: ID!) {\n    track(id: $id) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n": typeof types.TestTrackCountsDocument,
    "\n  mutation TestFavourite($trackId: ID!) {\n    favouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n": typeof types.TestFavouriteDocument,
    "\n  mutation TestUnfavourite($trackId: ID!) {\n    unfavouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n": typeof types.TestUnfavouriteDocument,
    "\n  query TestFavourites {\n    myFavourites(first: 10) {\n      edges {\n        cursor\n        node {\n          favouritedAt\n          track {\n            id\n            isFavourite\n            favouriteCount\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TestFavouritesDocument,
    "\n  query TestPlaylistItems($id: ID!) {\n    playlist(id: $id) {\n      id\n      version\n      tracks(first: 100) {\n        edges {\n          cursor\n          node {\n            id\n            track {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.TestPlaylistItemsDocument,
    "\n  mutation TestMove($id: ID!, $from: Int!, $before: Int!, $version: Int) {\n    movePlaylistItems(playlistId: $id, rangeStart: $from, insertBefore: $before, expectedVersion: $version) {\n      id\n      version\n      tracks(first: 100) {\n        edges {\n          cursor\n          node {\n            id\n            track {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.TestMoveDocument,
    "\n  query TestMe {\n    me {\n      id\n      displayName\n      email\n      avatarUrl\n      createdAt\n    }\n  }\n": typeof types.TestMeDocument,
};
const documents: Documents = {
    "\n  query BrowseTracks($first: Int!, $after: String, $filter: TrackFilter) {\n    tracks(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...TrackRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BrowseTracksDocument,
    "\n  query SearchTracks($query: String!, $first: Int!, $after: String) {\n    searchTracks(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrackRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchTracksDocument,
    "\n  query MyFavourites($first: Int!, $after: String) {\n    myFavourites(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          favouritedAt\n          track {\n            ...TrackRow\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyFavouritesDocument,
    "\n  query MyHistory($first: Int!, $after: String) {\n    myHistory(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          playedAt\n          msPlayed\n          track {\n            ...TrackRow\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyHistoryDocument,
    "\n  mutation ClearHistory {\n    clearHistory\n  }\n": types.ClearHistoryDocument,
    "\n  mutation RecordPlay($input: RecordPlayInput!) {\n    recordPlay(input: $input) {\n      id\n      playedAt\n      msPlayed\n      track {\n        id\n        playCount\n      }\n    }\n  }\n": types.RecordPlayDocument,
    "\n  query TrackStream($id: ID!) {\n    track(id: $id) {\n      id\n      streamUrl\n    }\n  }\n": types.TrackStreamDocument,
    "\n  query PlaylistPicker($first: Int!) {\n    myPlaylists(first: $first) {\n      edges {\n        cursor\n        node {\n          ...PlaylistSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PlaylistPickerDocument,
    "\n  mutation AddTracksToPlaylist($playlistId: ID!, $trackIds: [ID!]!, $first: Int!) {\n    addTracksToPlaylist(playlistId: $playlistId, trackIds: $trackIds) {\n      ...PlaylistDetail\n    }\n  }\n": types.AddTracksToPlaylistDocument,
    "\n  mutation CreatePlaylist($input: CreatePlaylistInput!) {\n    createPlaylist(input: $input) {\n      ...PlaylistSummary\n    }\n  }\n": types.CreatePlaylistDocument,
    "\n  fragment PlaylistSummary on Playlist {\n    id\n    name\n    description\n    isPublic\n    trackCount\n    durationSeconds\n    version\n    updatedAt\n  }\n": types.PlaylistSummaryFragmentDoc,
    "\n  fragment PlaylistItemPage on PlaylistItemConnection {\n    edges {\n      cursor\n      node {\n        id\n        addedAt\n        track {\n          ...TrackRow\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.PlaylistItemPageFragmentDoc,
    "\n  fragment PlaylistDetail on Playlist {\n    id\n    name\n    description\n    isPublic\n    trackCount\n    durationSeconds\n    version\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    tracks(first: $first) {\n      ...PlaylistItemPage\n    }\n  }\n": types.PlaylistDetailFragmentDoc,
    "\n  query Playlist($id: ID!, $first: Int!) {\n    playlist(id: $id) {\n      ...PlaylistDetail\n    }\n  }\n": types.PlaylistDocument,
    "\n  query PlaylistMoreItems($id: ID!, $first: Int!, $after: String) {\n    playlist(id: $id) {\n      id\n      tracks(first: $first, after: $after) {\n        ...PlaylistItemPage\n      }\n    }\n  }\n": types.PlaylistMoreItemsDocument,
    "\n  mutation DeletePlaylist($id: ID!) {\n    deletePlaylist(id: $id)\n  }\n": types.DeletePlaylistDocument,
    "\n  query MyPlaylists($first: Int!, $after: String) {\n    myPlaylists(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PlaylistSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyPlaylistsDocument,
    "\n  mutation MovePlaylistItems(\n    $playlistId: ID!\n    $rangeStart: Int!\n    $insertBefore: Int!\n    $expectedVersion: Int\n    $first: Int!\n  ) {\n    movePlaylistItems(\n      playlistId: $playlistId\n      rangeStart: $rangeStart\n      rangeLength: 1\n      insertBefore: $insertBefore\n      expectedVersion: $expectedVersion\n    ) {\n      ...PlaylistDetail\n    }\n  }\n": types.MovePlaylistItemsDocument,
    "\n  mutation RemovePlaylistItems($playlistId: ID!, $itemIds: [ID!]!, $expectedVersion: Int, $first: Int!) {\n    removePlaylistItems(playlistId: $playlistId, itemIds: $itemIds, expectedVersion: $expectedVersion) {\n      ...PlaylistDetail\n    }\n  }\n": types.RemovePlaylistItemsDocument,
    "\n  mutation UpdatePlaylist($id: ID!, $input: UpdatePlaylistInput!, $expectedVersion: Int) {\n    updatePlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...PlaylistSummary\n    }\n  }\n": types.UpdatePlaylistDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      avatarUrl\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      avatarUrl\n      createdAt\n    }\n  }\n": types.MeDocument,
    "\n  mutation DeleteTrack($id: ID!) {\n    deleteTrack(id: $id)\n  }\n": types.DeleteTrackDocument,
    "\n  mutation UpdateTrack($id: ID!, $input: UpdateTrackInput!) {\n    updateTrack(id: $id, input: $input) {\n      ...TrackRow\n    }\n  }\n": types.UpdateTrackDocument,
    "\n  mutation FavouriteTrack($trackId: ID!) {\n    favouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n": types.FavouriteTrackDocument,
    "\n  mutation UnfavouriteTrack($trackId: ID!) {\n    unfavouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n": types.UnfavouriteTrackDocument,
    "\n  query Track($id: ID!) {\n    track(id: $id) {\n      ...TrackRow\n      createdAt\n      uploader {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n": types.TrackDocument,
    "\n  fragment TrackRow on Track {\n    id\n    title\n    artist\n    album\n    genre\n    durationSeconds\n    streamUrl\n    coverUrl\n    playCount\n    favouriteCount\n    isFavourite\n  }\n": types.TrackRowFragmentDoc,
    "\n  mutation CreateTrackUpload($input: CreateTrackUploadInput!) {\n    createTrackUpload(input: $input) {\n      url\n      fields\n      key\n      expiresAt\n    }\n  }\n": types.CreateTrackUploadDocument,
    "\n  mutation CreateTrack($input: CreateTrackInput!) {\n    createTrack(input: $input) {\n      ...TrackRow\n      createdAt\n    }\n  }\n": types.CreateTrackDocument,
    "\n  query TestTrackCounts($id: ID!) {\n    track(id: $id) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n": types.TestTrackCountsDocument,
    "\n  mutation TestFavourite($trackId: ID!) {\n    favouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n": types.TestFavouriteDocument,
    "\n  mutation TestUnfavourite($trackId: ID!) {\n    unfavouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n": types.TestUnfavouriteDocument,
    "\n  query TestFavourites {\n    myFavourites(first: 10) {\n      edges {\n        cursor\n        node {\n          favouritedAt\n          track {\n            id\n            isFavourite\n            favouriteCount\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TestFavouritesDocument,
    "\n  query TestPlaylistItems($id: ID!) {\n    playlist(id: $id) {\n      id\n      version\n      tracks(first: 100) {\n        edges {\n          cursor\n          node {\n            id\n            track {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.TestPlaylistItemsDocument,
    "\n  mutation TestMove($id: ID!, $from: Int!, $before: Int!, $version: Int) {\n    movePlaylistItems(playlistId: $id, rangeStart: $from, insertBefore: $before, expectedVersion: $version) {\n      id\n      version\n      tracks(first: 100) {\n        edges {\n          cursor\n          node {\n            id\n            track {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.TestMoveDocument,
    "\n  query TestMe {\n    me {\n      id\n      displayName\n      email\n      avatarUrl\n      createdAt\n    }\n  }\n": types.TestMeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowseTracks($first: Int!, $after: String, $filter: TrackFilter) {\n    tracks(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...TrackRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowseTracks($first: Int!, $after: String, $filter: TrackFilter) {\n    tracks(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...TrackRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTracks($query: String!, $first: Int!, $after: String) {\n    searchTracks(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrackRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchTracks($query: String!, $first: Int!, $after: String) {\n    searchTracks(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrackRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFavourites($first: Int!, $after: String) {\n    myFavourites(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          favouritedAt\n          track {\n            ...TrackRow\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFavourites($first: Int!, $after: String) {\n    myFavourites(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          favouritedAt\n          track {\n            ...TrackRow\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHistory($first: Int!, $after: String) {\n    myHistory(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          playedAt\n          msPlayed\n          track {\n            ...TrackRow\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyHistory($first: Int!, $after: String) {\n    myHistory(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          playedAt\n          msPlayed\n          track {\n            ...TrackRow\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearHistory {\n    clearHistory\n  }\n"): (typeof documents)["\n  mutation ClearHistory {\n    clearHistory\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPlay($input: RecordPlayInput!) {\n    recordPlay(input: $input) {\n      id\n      playedAt\n      msPlayed\n      track {\n        id\n        playCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPlay($input: RecordPlayInput!) {\n    recordPlay(input: $input) {\n      id\n      playedAt\n      msPlayed\n      track {\n        id\n        playCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackStream($id: ID!) {\n    track(id: $id) {\n      id\n      streamUrl\n    }\n  }\n"): (typeof documents)["\n  query TrackStream($id: ID!) {\n    track(id: $id) {\n      id\n      streamUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaylistPicker($first: Int!) {\n    myPlaylists(first: $first) {\n      edges {\n        cursor\n        node {\n          ...PlaylistSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlaylistPicker($first: Int!) {\n    myPlaylists(first: $first) {\n      edges {\n        cursor\n        node {\n          ...PlaylistSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTracksToPlaylist($playlistId: ID!, $trackIds: [ID!]!, $first: Int!) {\n    addTracksToPlaylist(playlistId: $playlistId, trackIds: $trackIds) {\n      ...PlaylistDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AddTracksToPlaylist($playlistId: ID!, $trackIds: [ID!]!, $first: Int!) {\n    addTracksToPlaylist(playlistId: $playlistId, trackIds: $trackIds) {\n      ...PlaylistDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlaylist($input: CreatePlaylistInput!) {\n    createPlaylist(input: $input) {\n      ...PlaylistSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlaylist($input: CreatePlaylistInput!) {\n    createPlaylist(input: $input) {\n      ...PlaylistSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaylistSummary on Playlist {\n    id\n    name\n    description\n    isPublic\n    trackCount\n    durationSeconds\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PlaylistSummary on Playlist {\n    id\n    name\n    description\n    isPublic\n    trackCount\n    durationSeconds\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaylistItemPage on PlaylistItemConnection {\n    edges {\n      cursor\n      node {\n        id\n        addedAt\n        track {\n          ...TrackRow\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment PlaylistItemPage on PlaylistItemConnection {\n    edges {\n      cursor\n      node {\n        id\n        addedAt\n        track {\n          ...TrackRow\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaylistDetail on Playlist {\n    id\n    name\n    description\n    isPublic\n    trackCount\n    durationSeconds\n    version\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    tracks(first: $first) {\n      ...PlaylistItemPage\n    }\n  }\n"): (typeof documents)["\n  fragment PlaylistDetail on Playlist {\n    id\n    name\n    description\n    isPublic\n    trackCount\n    durationSeconds\n    version\n    updatedAt\n    owner {\n      id\n      displayName\n    }\n    tracks(first: $first) {\n      ...PlaylistItemPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Playlist($id: ID!, $first: Int!) {\n    playlist(id: $id) {\n      ...PlaylistDetail\n    }\n  }\n"): (typeof documents)["\n  query Playlist($id: ID!, $first: Int!) {\n    playlist(id: $id) {\n      ...PlaylistDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaylistMoreItems($id: ID!, $first: Int!, $after: String) {\n    playlist(id: $id) {\n      id\n      tracks(first: $first, after: $after) {\n        ...PlaylistItemPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlaylistMoreItems($id: ID!, $first: Int!, $after: String) {\n    playlist(id: $id) {\n      id\n      tracks(first: $first, after: $after) {\n        ...PlaylistItemPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePlaylist($id: ID!) {\n    deletePlaylist(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePlaylist($id: ID!) {\n    deletePlaylist(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlaylists($first: Int!, $after: String) {\n    myPlaylists(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PlaylistSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlaylists($first: Int!, $after: String) {\n    myPlaylists(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PlaylistSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MovePlaylistItems(\n    $playlistId: ID!\n    $rangeStart: Int!\n    $insertBefore: Int!\n    $expectedVersion: Int\n    $first: Int!\n  ) {\n    movePlaylistItems(\n      playlistId: $playlistId\n      rangeStart: $rangeStart\n      rangeLength: 1\n      insertBefore: $insertBefore\n      expectedVersion: $expectedVersion\n    ) {\n      ...PlaylistDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MovePlaylistItems(\n    $playlistId: ID!\n    $rangeStart: Int!\n    $insertBefore: Int!\n    $expectedVersion: Int\n    $first: Int!\n  ) {\n    movePlaylistItems(\n      playlistId: $playlistId\n      rangeStart: $rangeStart\n      rangeLength: 1\n      insertBefore: $insertBefore\n      expectedVersion: $expectedVersion\n    ) {\n      ...PlaylistDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlaylistItems($playlistId: ID!, $itemIds: [ID!]!, $expectedVersion: Int, $first: Int!) {\n    removePlaylistItems(playlistId: $playlistId, itemIds: $itemIds, expectedVersion: $expectedVersion) {\n      ...PlaylistDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePlaylistItems($playlistId: ID!, $itemIds: [ID!]!, $expectedVersion: Int, $first: Int!) {\n    removePlaylistItems(playlistId: $playlistId, itemIds: $itemIds, expectedVersion: $expectedVersion) {\n      ...PlaylistDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlaylist($id: ID!, $input: UpdatePlaylistInput!, $expectedVersion: Int) {\n    updatePlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...PlaylistSummary\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlaylist($id: ID!, $input: UpdatePlaylistInput!, $expectedVersion: Int) {\n    updatePlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...PlaylistSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      avatarUrl\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      avatarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      avatarUrl\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      avatarUrl\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTrack($id: ID!) {\n    deleteTrack(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTrack($id: ID!) {\n    deleteTrack(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrack($id: ID!, $input: UpdateTrackInput!) {\n    updateTrack(id: $id, input: $input) {\n      ...TrackRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrack($id: ID!, $input: UpdateTrackInput!) {\n    updateTrack(id: $id, input: $input) {\n      ...TrackRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FavouriteTrack($trackId: ID!) {\n    favouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n"): (typeof documents)["\n  mutation FavouriteTrack($trackId: ID!) {\n    favouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfavouriteTrack($trackId: ID!) {\n    unfavouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n"): (typeof documents)["\n  mutation UnfavouriteTrack($trackId: ID!) {\n    unfavouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Track($id: ID!) {\n    track(id: $id) {\n      ...TrackRow\n      createdAt\n      uploader {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query Track($id: ID!) {\n    track(id: $id) {\n      ...TrackRow\n      createdAt\n      uploader {\n        id\n        displayName\n        avatarUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackRow on Track {\n    id\n    title\n    artist\n    album\n    genre\n    durationSeconds\n    streamUrl\n    coverUrl\n    playCount\n    favouriteCount\n    isFavourite\n  }\n"): (typeof documents)["\n  fragment TrackRow on Track {\n    id\n    title\n    artist\n    album\n    genre\n    durationSeconds\n    streamUrl\n    coverUrl\n    playCount\n    favouriteCount\n    isFavourite\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrackUpload($input: CreateTrackUploadInput!) {\n    createTrackUpload(input: $input) {\n      url\n      fields\n      key\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrackUpload($input: CreateTrackUploadInput!) {\n    createTrackUpload(input: $input) {\n      url\n      fields\n      key\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrack($input: CreateTrackInput!) {\n    createTrack(input: $input) {\n      ...TrackRow\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrack($input: CreateTrackInput!) {\n    createTrack(input: $input) {\n      ...TrackRow\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestTrackCounts($id: ID!) {\n    track(id: $id) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n"): (typeof documents)["\n  query TestTrackCounts($id: ID!) {\n    track(id: $id) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFavourite($trackId: ID!) {\n    favouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n"): (typeof documents)["\n  mutation TestFavourite($trackId: ID!) {\n    favouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUnfavourite($trackId: ID!) {\n    unfavouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n"): (typeof documents)["\n  mutation TestUnfavourite($trackId: ID!) {\n    unfavouriteTrack(trackId: $trackId) {\n      id\n      isFavourite\n      favouriteCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestFavourites {\n    myFavourites(first: 10) {\n      edges {\n        cursor\n        node {\n          favouritedAt\n          track {\n            id\n            isFavourite\n            favouriteCount\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestFavourites {\n    myFavourites(first: 10) {\n      edges {\n        cursor\n        node {\n          favouritedAt\n          track {\n            id\n            isFavourite\n            favouriteCount\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPlaylistItems($id: ID!) {\n    playlist(id: $id) {\n      id\n      version\n      tracks(first: 100) {\n        edges {\n          cursor\n          node {\n            id\n            track {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestPlaylistItems($id: ID!) {\n    playlist(id: $id) {\n      id\n      version\n      tracks(first: 100) {\n        edges {\n          cursor\n          node {\n            id\n            track {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestMove($id: ID!, $from: Int!, $before: Int!, $version: Int) {\n    movePlaylistItems(playlistId: $id, rangeStart: $from, insertBefore: $before, expectedVersion: $version) {\n      id\n      version\n      tracks(first: 100) {\n        edges {\n          cursor\n          node {\n            id\n            track {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestMove($id: ID!, $from: Int!, $before: Int!, $version: Int) {\n    movePlaylistItems(playlistId: $id, rangeStart: $from, insertBefore: $before, expectedVersion: $version) {\n      id\n      version\n      tracks(first: 100) {\n        edges {\n          cursor\n          node {\n            id\n            track {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMe {\n    me {\n      id\n      displayName\n      email\n      avatarUrl\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query TestMe {\n    me {\n      id\n      displayName\n      email\n      avatarUrl\n      createdAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;