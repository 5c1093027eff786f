import { Link } from '../../app/Link.tsx';
import { graphql } from '../../gql';
import type { PlaylistSummaryFragment } from '../../gql/graphql.ts';
import { formatCount } from '../../ui/formatCount.ts';
import { formatTotalDuration } from '../../ui/formatDuration.ts';

/** What a playlist card (and the playlist page header) shows. */
export const PlaylistSummaryFields = graphql(`
  fragment PlaylistSummary on Playlist {
    id
    name
    description
    isPublic
    trackCount
    durationSeconds
    version
    updatedAt
  }
`);

/** A playlist in a list: name (links to it), count, total length, visibility. */
export function PlaylistCard({ playlist }: { playlist: PlaylistSummaryFragment }) {
  return (
    <div className="playlist-card">
      <Link href={`/playlists/${encodeURIComponent(playlist.id)}`} className="playlist-card__name">
        {playlist.name}
      </Link>
      <span className="playlist-card__meta">
        {formatCount(playlist.trackCount, 'track')} · {formatTotalDuration(playlist.durationSeconds)} ·{' '}
        {playlist.isPublic ? 'Public' : 'Private'}
      </span>
    </div>
  );
}
