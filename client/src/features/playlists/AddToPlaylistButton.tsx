import { useAddToPlaylist } from './useAddToPlaylist.ts';
import { Icon } from '../../ui/Icon.tsx';

/** "+": opens the add-to-playlist dialog for this track. */
export function AddToPlaylistButton({ trackId, title }: { trackId: string; title: string }) {
  const open = useAddToPlaylist();
  return (
    <button
      type="button"
      className="icon-button"
      aria-haspopup="dialog"
      aria-label={`Add ${title} to a playlist`}
      onClick={() => open({ trackId, title })}
    >
      <Icon name="plus" />
    </button>
  );
}
