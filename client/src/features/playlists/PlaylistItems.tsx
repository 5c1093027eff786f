import { type DragEvent, useState } from 'react';
import type { TrackRowFragment } from '../../gql/graphql.ts';
import { usePlayer } from '../player/usePlayer.ts';
import { toQueueTrack } from '../player/toQueueTrack.ts';
import { TrackRow } from '../track/TrackRow.tsx';
import type { PlaylistEditor } from './usePlaylistEditor.ts';
import { Icon } from '../../ui/Icon.tsx';

/** One playlist entry as the page holds it. */
export interface PlaylistEntry {
  readonly id: string;
  readonly track: TrackRowFragment;
}

/** Where a drop lands: before the row under the pointer, or after it when in its lower half. */
function dropIndex(event: DragEvent<HTMLElement>, index: number): number {
  const box = event.currentTarget.getBoundingClientRect();
  return event.clientY > box.top + box.height / 2 ? index + 1 : index;
}

/**
 * The items of a playlist. The owner can reorder them by drag and drop or with the move up/down
 * buttons (keyboard), and remove them; every change goes through the editor with `expectedVersion`.
 */
export function PlaylistItems({
  entries,
  editor,
  editable,
}: {
  entries: readonly PlaylistEntry[];
  editor: PlaylistEditor;
  editable: boolean;
}) {
  const player = usePlayer();
  const [dragging, setDragging] = useState<number | null>(null);
  const [target, setTarget] = useState<number | null>(null);
  const play = (index: number) =>
    player.playTracks(
      entries.map((e) => toQueueTrack(e.track)),
      index,
    );

  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    if (dragging !== null && target !== null && target !== dragging && target !== dragging + 1) {
      void editor.move(dragging, target);
    }
    setDragging(null);
    setTarget(null);
  };

  return (
    <ol className="track-list track-list--numbered" aria-label="Playlist tracks">
      {entries.map((entry, index) => (
        <li
          key={entry.id}
          data-testid="playlist-item"
          className={[
            dragging === index ? 'is-dragging' : '',
            target === index ? 'drop-before' : '',
            target === index + 1 && index === entries.length - 1 ? 'drop-after' : '',
          ].join(' ')}
          draggable={editable}
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', entry.id);
            setDragging(index);
          }}
          onDragOver={(event) => {
            if (dragging === null) return;
            event.preventDefault();
            setTarget(dropIndex(event, index));
          }}
          onDrop={drop}
          onDragEnd={() => {
            setDragging(null);
            setTarget(null);
          }}
        >
          <span className="track-list__number" aria-hidden="true">
            {editable ? (
              <span className="drag-handle" title="Drag to reorder">
                <Icon name="drag" size={18} />
              </span>
            ) : (
              index + 1
            )}
          </span>
          <TrackRow track={entry.track} onPlay={() => play(index)}>
            {editable && (
              <span className="row-actions">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${entry.track.title} up`}
                  disabled={index === 0 || editor.busy}
                  onClick={() => editor.move(index, index - 1)}
                >
                  <Icon name="up" />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${entry.track.title} down`}
                  disabled={index === entries.length - 1 || editor.busy}
                  onClick={() => editor.move(index, index + 2)}
                >
                  <Icon name="down" />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${entry.track.title} from the playlist`}
                  disabled={editor.busy}
                  onClick={() => editor.remove(entry.id)}
                >
                  <Icon name="close" size={18} />
                </button>
              </span>
            )}
          </TrackRow>
        </li>
      ))}
    </ol>
  );
}
