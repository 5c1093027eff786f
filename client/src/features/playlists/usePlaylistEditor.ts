import { useCallback, useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { graphql } from '../../gql';
import type { UpdatePlaylistInput } from '../../gql/graphql.ts';
import { describeError } from '../../graphql/describeError.ts';
import { errorCode } from '../../graphql/errorCode.ts';
import { PLAYLIST_PAGE_SIZE } from './playlistPageSize.ts';

const MovePlaylistItems = graphql(`
  mutation MovePlaylistItems(
    $playlistId: ID!
    $rangeStart: Int!
    $insertBefore: Int!
    $expectedVersion: Int
    $first: Int!
  ) {
    movePlaylistItems(
      playlistId: $playlistId
      rangeStart: $rangeStart
      rangeLength: 1
      insertBefore: $insertBefore
      expectedVersion: $expectedVersion
    ) {
      ...PlaylistDetail
    }
  }
`);

const RemovePlaylistItems = graphql(`
  mutation RemovePlaylistItems($playlistId: ID!, $itemIds: [ID!]!, $expectedVersion: Int, $first: Int!) {
    removePlaylistItems(playlistId: $playlistId, itemIds: $itemIds, expectedVersion: $expectedVersion) {
      ...PlaylistDetail
    }
  }
`);

const UpdatePlaylist = graphql(`
  mutation UpdatePlaylist($id: ID!, $input: UpdatePlaylistInput!, $expectedVersion: Int) {
    updatePlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...PlaylistSummary
    }
  }
`);

/** The message shown when `expectedVersion` was stale. */
export const CONFLICT_MESSAGE = 'This playlist changed elsewhere — reloaded. Please try again.';

/** Playlist edits and their outcome. */
export interface PlaylistEditor {
  readonly busy: boolean;
  /** The last failure, as a sentence (the conflict message after a CONFLICT). */
  readonly message: string | null;
  move(from: number, insertBefore: number): Promise<void>;
  remove(itemId: string): Promise<void>;
  update(input: UpdatePlaylistInput): Promise<boolean>;
}

/**
 * Edits one playlist, always passing the version the listener is looking at as `expectedVersion`. A
 * stale version fails with CONFLICT and changes nothing: the optimistic order is rolled back by
 * graphcache, the playlist is reloaded (`onConflict`) and the listener is told.
 */
export function usePlaylistEditor(
  playlist: { id: string; version: number },
  onConflict: () => void,
): PlaylistEditor {
  const [moveState, moveItems] = useMutation(MovePlaylistItems);
  const [removeState, removeItems] = useMutation(RemovePlaylistItems);
  const [updateState, updatePlaylist] = useMutation(UpdatePlaylist);
  const [message, setMessage] = useState<string | null>(null);
  const { id, version } = playlist;

  const settle = useCallback(
    (error: CombinedError | undefined) => {
      if (!error) return setMessage(null);
      if (errorCode(error) === 'CONFLICT') {
        setMessage(CONFLICT_MESSAGE);
        onConflict();
      } else setMessage(describeError(error));
    },
    [onConflict],
  );

  return {
    busy: moveState.fetching || removeState.fetching || updateState.fetching,
    message,
    async move(from, insertBefore) {
      const result = await moveItems({
        playlistId: id,
        rangeStart: from,
        insertBefore,
        expectedVersion: version,
        first: PLAYLIST_PAGE_SIZE,
      });
      settle(result.error);
    },
    async remove(itemId) {
      const result = await removeItems({
        playlistId: id,
        itemIds: [itemId],
        expectedVersion: version,
        first: PLAYLIST_PAGE_SIZE,
      });
      settle(result.error);
    },
    async update(input) {
      const result = await updatePlaylist({ id, input, expectedVersion: version });
      settle(result.error);
      return !result.error;
    },
  };
}
